'use strict';

const Fastify = require('fastify');
const { authHooks } = require('./routes/auth');
const { userRoutes } = require('./routes/users');
const { profileRoutes } = require('./routes/profiles');
const { articleRoutes } = require('./routes/articles');
const { commentRoutes } = require('./routes/comments');
const { errorHandler } = require('./routes/errors');

function createApp({ services, store, close }) {
  const app = Fastify({ logger: false });
  app.decorate('services', services);
  app.decorate('store', store);
  app.addHook('onClose', async () => close());
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

  const options = { prefix: '/api', services, auth: authHooks(services.users) };
  app.register(userRoutes, options);
  app.register(profileRoutes, options);
  app.register(articleRoutes, options);
  app.register(commentRoutes, options);
  return app;
}

module.exports = { createApp };
