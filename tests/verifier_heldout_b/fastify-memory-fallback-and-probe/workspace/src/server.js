'use strict';
const Fastify = require('fastify');
const { buildContainer } = require('./container.js');
const { apiRoutes } = require('./routes/api.js');
const { AppError } = require('./services/errors.js');

async function main() {
  const container = await buildContainer();
  const app = Fastify({ logger: false });
  app.setErrorHandler((err, _req, reply) => {
    if (err instanceof AppError) {
      if (err.retryAfter) reply.header('Retry-After', String(err.retryAfter));
      return reply.code(err.status).send(err.toBody());
    }
    if (err.statusCode === 400) return reply.code(422).send({ errors: { body: [err.message] } });
    return reply.code(500).send({ errors: { body: ['internal server error'] } });
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ errors: { body: ['not found'] } }));
  await app.register(apiRoutes, { prefix: '/api', ...container });
  await app.listen({ port: Number(process.env.PORT || 3000), host: '0.0.0.0' });
}

main().catch((err) => { console.error(err); process.exit(1); });
