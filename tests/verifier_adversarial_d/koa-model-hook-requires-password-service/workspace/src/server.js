const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const { sequelize } = require('./db');
require('./models/user');
const users = require('./routes/users');

(async () => {
  await sequelize.sync();
  const app = new Koa();
  app.use(bodyParser()).use(users.routes());
  app.listen(Number(process.env.PORT || 8080));
})();
