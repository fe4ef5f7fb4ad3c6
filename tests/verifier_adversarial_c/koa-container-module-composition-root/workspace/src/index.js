const Koa = require('koa');
const { bodyParser } = require('@koa/bodyparser');
const { buildContainer } = require('./container');
const { usersRouter, domainErrors } = require('./routes/users');

async function main() {
  const { sequelize, services } = buildContainer();
  await sequelize.sync();
  const app = new Koa();
  const router = usersRouter(services.users);
  app.use(domainErrors);
  app.use(bodyParser());
  app.use(router.routes()).use(router.allowedMethods());
  app.listen(Number(process.env.PORT || 3000));
}

main();
