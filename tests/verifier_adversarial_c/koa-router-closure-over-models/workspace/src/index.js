const Koa = require('koa');
const { bodyParser } = require('@koa/bodyparser');
const models = require('./models');
const { sequelize } = models;
const { UserRepository } = require('./repositories/users');
const { UserService } = require('./services/users');
const { usersRouter, domainErrors } = require('./routes/users');

async function main() {
  await sequelize.sync();
  const app = new Koa();
  const router = usersRouter(new UserService(new UserRepository()));
  app.use(domainErrors);
  app.use(bodyParser());
  app.use(router.routes()).use(router.allowedMethods());
  app.use(require('./routes/stats').statsRouter(models).routes());
  app.listen(Number(process.env.PORT || 3000));
}

main();
