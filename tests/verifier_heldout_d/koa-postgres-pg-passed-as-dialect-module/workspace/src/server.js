'use strict';
const Koa = require('koa');
const { bodyParser } = require('@koa/bodyparser');
const { config } = require('./config');
const { initDb } = require('./repositories/db');
const { router } = require('./routes/index');

async function main() {
  await initDb();
  const app = new Koa();
  app.use(async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      if (err.status && typeof err.toJSON === 'function') {
        ctx.status = err.status;
        ctx.body = err.toJSON();
        return;
      }
      console.error(err);
      ctx.status = 500;
      ctx.body = { errors: { body: ['internal error'] } };
    }
  });
  app.use(bodyParser());
  app.use(router.routes()).use(router.allowedMethods());
  app.listen(config.port, config.host, () => console.log(`conduit listening on ${config.port}`));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
