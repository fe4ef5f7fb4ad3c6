import express from 'express';
import type { Services } from './container.js';
import { authMiddleware } from '@http/auth.js';
import { userRoutes } from '@http/users.js';
import { profileRoutes } from '@http/profiles.js';
import { articleRoutes } from '@http/articles.js';
import { commentRoutes } from '@http/comments.js';
import { errorHandler } from '@http/errors.js';

export function createApp(services: Services) {
  const app = express();
  app.use(express.json());

  const auth = authMiddleware(services.users);
  const api = express.Router();
  api.use(userRoutes(services.users, auth));
  api.use(profileRoutes(services.profiles, auth));
  api.use(articleRoutes(services.articles, auth, services.tagIndex));
  api.use(commentRoutes(services.comments, auth));

  app.use('/api', api);
  app.use((_req, res) => res.status(404).json({ errors: { body: ['not found'] } }));
  app.use(errorHandler);
  return app;
}
