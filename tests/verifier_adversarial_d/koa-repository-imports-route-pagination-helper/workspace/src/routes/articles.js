const Router = require('koa-router');
const { fromQuery } = require('./pagination');
const articles = require('../services/articles');
const router = new Router({ prefix: '/api' });
router.get('/articles', async (ctx) => { ctx.body = await articles.list(fromQuery(ctx.query)); });
module.exports = router;
