const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const config = require('../config');
const { sequelize, User } = require('./models');

const app = new Koa();
const router = new Router({ prefix: '/api' });

router.get('/health', async (ctx) => {
  await sequelize.authenticate();
  ctx.body = { status: 'ok' };
});
router.get('/profiles/:username', async (ctx) => {
  const user = await User.findOne({ where: { username: ctx.params.username } });
  if (!user) { ctx.status = 404; ctx.body = { errors: { profile: ['not found'] } }; return; }
  ctx.body = { profile: { username: user.username, following: false } };
});

app.use(bodyParser()).use(router.routes()).use(router.allowedMethods());

sequelize.sync().then(() => app.listen(config.port));
