'use strict';
const Router = require('@koa/router');

const router = new Router({ prefix: '/api' });

router.get('/health', async (ctx) => {
  const { sequelize } = require('../db'); // loaded lazily so the router can be unit-tested without a DB
  try {
    await sequelize.authenticate();
    ctx.body = { status: 'ok' };
  } catch (err) {
    ctx.status = 503;
    ctx.body = { status: 'down' };
  }
});

module.exports = router;
