'use strict';

const Koa = require('koa');
const { bodyParser } = require('@koa/bodyparser');
const { sequelize } = require('./models/index');
const { usersRouter } = require('./routes/users');
const { articlesRouter } = require('./routes/articles');

const app = new Koa();

app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    if (err.status && err.errors) {
      ctx.status = err.status;
      ctx.body = { errors: err.errors };
      return;
    }
    console.error(err);
    ctx.status = 500;
    ctx.body = { errors: { server: ['internal error'] } };
  }
});
app.use(bodyParser());
app.use(usersRouter.routes()).use(usersRouter.allowedMethods());
app.use(articlesRouter.routes()).use(articlesRouter.allowedMethods());

(async () => {
  await sequelize.sync();
  app.listen(Number(process.env.PORT) || 3000);
})();
