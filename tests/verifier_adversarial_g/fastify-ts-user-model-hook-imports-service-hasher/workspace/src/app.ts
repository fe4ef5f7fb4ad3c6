import Fastify from 'fastify';
import { authHooks } from './routes/auth.js';
import { userRoutes } from './routes/users.js';
import { profileRoutes } from './routes/profiles.js';
import { articleRoutes } from './routes/articles.js';
import { commentRoutes } from './routes/comments.js';
import { errorHandler } from './routes/errors.js';

export function createApp(services: any) {
  const app = Fastify({ logger: false });
  const auth = authHooks(services.users);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ errors: { body: ['not found'] } }));

  const options = { prefix: '/api', services, auth };
  app.register(userRoutes, options);
  app.register(profileRoutes, options);
  app.register(articleRoutes, options);
  app.register(commentRoutes, options);
  return app;
}
