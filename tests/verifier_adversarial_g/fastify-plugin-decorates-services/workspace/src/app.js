import Fastify from 'fastify';
import servicesPlugin from './plugins/services.js';
import { userRoutes } from './routes/users.js';
import { profileRoutes } from './routes/profiles.js';
import { articleRoutes } from './routes/articles.js';
import { commentRoutes } from './routes/comments.js';
import { errorHandler } from './routes/errors.js';

export async function createApp(services) {
  const app = Fastify({ logger: { level: process.env.LOG_LEVEL ?? 'warn' } });
  app.setErrorHandler(errorHandler);
  // Conduit clients send Content-Type: application/json on bodyless POST/DELETE requests too.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    if (body === '') return done(null, {});
    try {
      done(null, JSON.parse(body));
    } catch (error) {
      error.statusCode = 422;
      done(error, undefined);
    }
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ errors: { body: ['not found'] } }));

  await app.register(servicesPlugin, { services });
  await app.register(userRoutes, { prefix: '/api' });
  await app.register(profileRoutes, { prefix: '/api' });
  await app.register(articleRoutes, { prefix: '/api' });
  await app.register(commentRoutes, { prefix: '/api' });
  return app;
}
