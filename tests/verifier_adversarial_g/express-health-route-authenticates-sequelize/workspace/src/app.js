import express from 'express';
import { authMiddleware } from './routes/auth.js';
import { userRoutes } from './routes/users.js';
import { profileRoutes } from './routes/profiles.js';
import { articleRoutes } from './routes/articles.js';
import { commentRoutes } from './routes/comments.js';
import { errorHandler } from './routes/errors.js';
import { healthRoutes } from './routes/health.js';

export function createApp(services) {
  const app = express();
  app.use(express.json());

  const auth = authMiddleware(services.users);
  const api = express.Router();
  api.use(userRoutes(services.users, auth));
  api.use(profileRoutes(services.profiles, auth));
  api.use(articleRoutes(services.articles, auth));
  api.use(commentRoutes(services.comments, auth));

  app.use(healthRoutes());
  app.use('/api', api);
  app.use((_req, res) => res.status(404).json({ errors: { body: ['not found'] } }));
  app.use(errorHandler);
  return app;
}
