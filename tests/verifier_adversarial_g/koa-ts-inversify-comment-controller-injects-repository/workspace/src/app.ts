import Koa from 'koa';
import bodyParser from 'koa-bodyparser';
import type { Container } from 'inversify';
import { TYPES } from './ioc/types.js';
import { authMiddleware } from './controllers/auth.js';
import { buildRouter } from './controllers/router.js';
import { errorMiddleware } from './controllers/errors.js';
import type { UserService } from './services/user.service.js';

export function createApp(container: Container) {
  const app = new Koa();
  const auth = authMiddleware(container.get<UserService>(TYPES.UserService));
  const router = buildRouter(
    {
      users: container.get(TYPES.UserController),
      profiles: container.get(TYPES.ProfileController),
      articles: container.get(TYPES.ArticleController),
      comments: container.get(TYPES.CommentController),
    },
    auth,
  );

  app.use(errorMiddleware);
  app.use(bodyParser());
  app.use(router.routes());
  app.use(router.allowedMethods());
  app.use(async (ctx) => {
    ctx.status = 404;
    ctx.body = { errors: { body: ['not found'] } };
  });
  return app;
}
