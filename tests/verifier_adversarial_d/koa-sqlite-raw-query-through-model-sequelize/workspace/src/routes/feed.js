const Router = require('@koa/router');
const service = require('../services/feed');
const router = new Router({ prefix: '/api' });
router.get('/articles/feed', async (ctx) => {
  if (!ctx.state.userId) ctx.throw(401);
  ctx.body = await service.feed(ctx.state.userId, Number(ctx.query.limit) || 20, Number(ctx.query.offset) || 0);
});
module.exports = router;
