import Koa from 'koa';
import Router from '@koa/router';
import bodyParser from 'koa-bodyparser';
import { authMiddleware } from './routes/auth.js';
import { userRoutes } from './routes/users.js';
import { profileRoutes } from './routes/profiles.js';
import { articleRoutes } from './routes/articles.js';
import { commentRoutes } from './routes/comments.js';
import { errorMiddleware } from './routes/errors.js';

export function createApp(services) {
  const app = new Koa();
  const auth = authMiddleware(services.users);
  const api = new Router({ prefix: '/api' });
  for (const router of [
    userRoutes(services.users, auth),
    profileRoutes(services.profiles, auth),
    articleRoutes(services.articles, auth),
    commentRoutes(services.comments, auth),
  ]) {
    api.use(router.routes(), router.allowedMethods());
  }

  app.use(errorMiddleware);
  app.use(bodyParser());
  app.use(api.routes());
  app.use(api.allowedMethods());
  app.use(async (ctx) => {
    ctx.status = 404;
    ctx.body = { errors: { body: ['not found'] } };
  });
  return app;
}
