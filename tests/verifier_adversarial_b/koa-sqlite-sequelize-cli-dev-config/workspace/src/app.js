const Koa = require('koa');
const Router = require('@koa/router');
const { koaBody } = require('koa-body');
const { User } = require('./db');

const app = new Koa();
const router = new Router();

router.post('/api/users', async (ctx) => {
  const { username, email, password } = ctx.request.body.user;
  const user = await User.create({ username, email, password });
  ctx.status = 201;
  ctx.body = { user: { username: user.username, email: user.email } };
});

app.use(koaBody()).use(router.routes());
app.listen(process.env.PORT || 3000);
