import Koa from 'koa';
import { bodyParser } from '@koa/bodyparser';
import { sequelize } from './models/index.js';
import { usersRouter } from './routes/users.js';
import { articlesRouter } from './routes/articles.js';

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

await sequelize.sync();
app.listen(Number(process.env.PORT) || 3000);
