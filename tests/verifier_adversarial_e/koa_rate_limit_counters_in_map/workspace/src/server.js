const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const rateLimit = require('./rateLimit');
const { sequelize, User } = require('./db');

const router = new Router({ prefix: '/api' });
router.get('/profiles/:username', async (ctx) => {
  const user = await User.findOne({ where: { username: ctx.params.username } });
  if (!user) ctx.throw(404);
  ctx.body = { profile: { username: user.username, bio: user.bio, image: user.image, following: false } };
});

const app = new Koa();
app.use(rateLimit).use(bodyParser()).use(router.routes());

(async () => {
  await sequelize.sync();
  app.listen(Number(process.env.PORT) || 3000);
})();
