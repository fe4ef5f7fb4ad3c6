const Router = require('@koa/router');
const service = require('../services/users');
const router = new Router({ prefix: '/api' });

router.post('/users', async (ctx) => {
  const u = await service.register(ctx.request.body.user);
  ctx.status = 201;
  ctx.body = { user: { email: u.email, username: u.username, bio: u.bio, image: u.image, token: '' } };
});
module.exports = router;
