const Router = require('@koa/router');

function statsRouter(models) {
  const router = new Router({ prefix: '/api' });
  router.get('/stats', async (ctx) => {
    ctx.body = { users: await models.User.count() };
  });
  return router;
}

module.exports = { statsRouter };
