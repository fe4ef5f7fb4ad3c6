import { Hono } from 'hono';
import { authMiddleware } from './routes/auth.js';
import { userRoutes } from './routes/users.js';
import { profileRoutes } from './routes/profiles.js';
import { articleRoutes } from './routes/articles.js';
import { commentRoutes } from './routes/comments.js';
import { onError } from './routes/errors.js';
import { tagRoutes } from './routes/tags.js';

export function createApp({ services, models }) {
  const app = new Hono().basePath('/api');
  app.use('*', async (c, next) => {
    c.set('db', models);
    await next();
  });
  const auth = authMiddleware(services.users);

  app.route('/', userRoutes(services.users, auth));
  app.route('/', profileRoutes(services.profiles, auth));
  app.route('/', articleRoutes(services.articles, auth));
  app.route('/', commentRoutes(services.comments, auth));
  app.route('/', tagRoutes());

  app.notFound((c) => c.json({ errors: { body: ['not found'] } }, 404));
  app.onError(onError);
  return app;
}
