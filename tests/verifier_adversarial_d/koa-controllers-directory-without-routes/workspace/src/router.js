const Router = require('@koa/router');
const profiles = require('./controllers/profilesController');

const router = new Router({ prefix: '/api' });
router.get('/profiles/:username', profiles.show);
router.post('/profiles/:username/follow', profiles.follow);
module.exports = router;
