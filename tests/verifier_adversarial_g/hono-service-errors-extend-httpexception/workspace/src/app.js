import { Hono } from 'hono';
import { authMiddleware } from './routes/auth.js';
import { userRoutes } from './routes/users.js';
import { profileRoutes } from './routes/profiles.js';
import { articleRoutes } from './routes/articles.js';
import { commentRoutes } from './routes/comments.js';
import { onError } from './routes/errors.js';

export function createApp(services) {
  const app = new Hono().basePath('/api');
  const auth = authMiddleware(services.users);

  app.route('/', userRoutes(services.users, auth));
  app.route('/', profileRoutes(services.profiles, auth));
  app.route('/', articleRoutes(services.articles, auth));
  app.route('/', commentRoutes(services.comments, auth));

  app.notFound((c) => c.json({ errors: { body: ['not found'] } }, 404));
  app.onError(onError);
  return app;
}
