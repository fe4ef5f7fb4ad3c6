const Koa = require('koa');
const { bodyParser } = require('@koa/bodyparser');
const { sequelize } = require('./conduit/models');
const { UserRepository } = require('./conduit/repositories/users');
const { UserService } = require('./conduit/services/users');
const { usersRouter, domainErrors } = require('./conduit/routes/users');

async function main() {
  await sequelize.sync();
  const app = new Koa();
  const router = usersRouter(new UserService(new UserRepository()));
  app.use(domainErrors);
  app.use(bodyParser());
  app.use(router.routes()).use(router.allowedMethods());
  app.listen(Number(process.env.PORT || 3000));
}

main();
