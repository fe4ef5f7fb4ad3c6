const Router = require('@koa/router');
const health = require('../services/health');
const healthRouter = new Router();
healthRouter.get('/health', async (ctx) => {
  const status = await health.status();
  ctx.status = status.ok ? 200 : 503;
  ctx.body = status;
});
module.exports = { healthRouter };
