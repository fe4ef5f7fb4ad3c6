const Koa = require('koa');
const { sequelize } = require('./models');
const { healthRouter } = require('./routes/health');

sequelize.sync().then(() => {
  new Koa().use(healthRouter.routes()).listen(Number(process.env.PORT || 8080));
});
