'use strict';
const Fastify = require('fastify');
const userRoutes = require('./routes/users');
const articleRoutes = require('./routes/articles');
const { errorPayload } = require('./routes/http');

function buildApp() {
  const app = Fastify({ logger: false });
  app.setErrorHandler((err, req, reply) => {
    if (err.statusCode === 400 && !err.key) return reply.code(422).send({ errors: { body: [err.message] } });
    const { status, body } = errorPayload(err);
    return reply.code(status).send(body);
  });
  app.register(userRoutes, { prefix: '/api' });
  app.register(articleRoutes, { prefix: '/api' });
  return {
    listen: (port) => app.listen({ port, host: '0.0.0.0' }),
    app,
  };
}

module.exports = { buildApp };
