import { Hono } from 'hono';
import { logger } from 'hono/logger';
import type { AppEnv, Services } from './env.js';
import { authMiddleware } from './routes/auth.js';
import { userRoutes } from './routes/users.js';
import { profileRoutes } from './routes/profiles.js';
import { articleRoutes } from './routes/articles.js';
import { commentRoutes } from './routes/comments.js';
import { onError } from './routes/errors.js';

export function createApp(services: Services) {
  const app = new Hono<AppEnv>().basePath('/api');
  if (process.env.LOG_REQUESTS) app.use('*', logger());

  // Each request sees the use cases as a context variable.
  app.use('*', async (c, next) => {
    c.set('services', services);
    await next();
  });

  const auth = authMiddleware(services.users);
  app.route('/', userRoutes(auth));
  app.route('/', profileRoutes(auth));
  app.route('/', articleRoutes(auth));
  app.route('/', commentRoutes(auth));

  app.notFound((c) => c.json({ errors: { body: ['not found'] } }, 404));
  app.onError(onError);
  return app;
}
