'use strict';
const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const { sequelize } = require('./database');
const articles = require('./modules/articles');
const users = require('./modules/users');

async function main() {
  await sequelize.sync();
  const app = new Koa();
  app.use(bodyParser());
  for (const mod of [articles, users]) app.use(mod.router.routes()).use(mod.router.allowedMethods());
  app.listen(Number(process.env.PORT || 8080));
}

main();
