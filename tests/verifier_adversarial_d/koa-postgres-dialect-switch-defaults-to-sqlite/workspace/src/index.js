const Koa = require('koa');
const Router = require('@koa/router');
const sequelize = require('./db');
const User = require('./models/user');

const router = new Router({ prefix: '/api' });
router.get('/profiles/:username', async (ctx) => {
  const user = await User.findOne({ where: { username: ctx.params.username } });
  if (!user) { ctx.status = 404; ctx.body = { errors: { body: ['not found'] } }; return; }
  ctx.body = { profile: { username: user.username, bio: null, image: null, following: false } };
});

sequelize.sync().then(() => new Koa().use(require('koa-bodyparser')()).use(router.routes()).listen(process.env.PORT || 8080));
