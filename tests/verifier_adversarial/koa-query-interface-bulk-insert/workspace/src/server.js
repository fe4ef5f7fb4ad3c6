'use strict';
const Koa = require('koa');
const { bodyParser } = require('@koa/bodyparser');
const { createContainer } = require('./container');
const { buildRouter } = require('./routes/index');

async function main() {
  const container = await createContainer();
  const app = new Koa();
  const router = buildRouter(container);
  app.use(bodyParser());
  app.use(router.routes()).use(router.allowedMethods());
  app.listen(Number(process.env.PORT || 8080), '0.0.0.0');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
