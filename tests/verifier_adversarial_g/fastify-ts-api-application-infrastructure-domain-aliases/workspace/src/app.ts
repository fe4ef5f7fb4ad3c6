import Fastify from 'fastify';
import { authHooks } from '@api/auth.js';
import { userRoutes } from '@api/users.js';
import { profileRoutes } from '@api/profiles.js';
import { articleRoutes } from '@api/articles.js';
import { commentRoutes } from '@api/comments.js';
import { errorHandler } from '@api/errors.js';

export function createApp(services: any) {
  const app = Fastify({ logger: false });
  const auth = authHooks(services.users);
  app.setErrorHandler(errorHandler);
  // Conduit clients send Content-Type: application/json on bodyless POST/DELETE requests too.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body: any, done) => {
    if (body === '') return done(null, {});
    try {
      done(null, JSON.parse(body));
    } catch (error: any) {
      error.statusCode = 422;
      done(error, undefined);
    }
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ errors: { body: ['not found'] } }));

  const options = { prefix: '/api', services, auth };
  app.register(userRoutes, options);
  app.register(profileRoutes, options);
  app.register(articleRoutes, options);
  app.register(commentRoutes, options);
  return app;
}
