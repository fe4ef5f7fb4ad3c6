'use strict';

const Router = require('@koa/router');

function healthRoutes(health) {
  const router = new Router();

  router.get('/health', async (ctx) => {
    const report = await health.check();
    ctx.status = report.status === 'ok' ? 200 : 503;
    ctx.body = report;
  });

  return router;
}

module.exports = { healthRoutes };
