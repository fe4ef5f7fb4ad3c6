'use strict';
const Koa = require('koa');
const { bodyParser } = require('@koa/bodyparser');
const { buildContainer } = require('./container.js');
const { apiRouter } = require('./routes/api.js');
const { errorMiddleware } = require('./routes/errors.js');

async function main() {
  const container = await buildContainer();
  const app = new Koa();
  app.use(errorMiddleware);
  app.use(bodyParser());
  const router = apiRouter(container);
  app.use(router.routes()).use(router.allowedMethods());
  app.listen(Number(process.env.PORT || 3000), '0.0.0.0');
}

main().catch((err) => { console.error(err); process.exit(1); });
