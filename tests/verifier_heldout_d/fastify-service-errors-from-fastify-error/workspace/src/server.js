import Fastify from 'fastify';
import { config } from './config.js';
import { initDb } from './repositories/db.js';
import conduitRoutes from './routes/index.js';

const app = Fastify({ logger: false });

app.setErrorHandler((err, req, reply) => {
  if (err.code?.startsWith('CONDUIT_')) return reply.code(err.statusCode).send({ errors: { [err.key]: [err.message] } });
  if (err.statusCode === 400) return reply.code(422).send({ errors: { body: [err.message] } });
  req.log.error(err);
  return reply.code(500).send({ errors: { body: ['internal error'] } });
});

await initDb();
await app.register(conduitRoutes, { prefix: '/api' });
await app.listen({ port: config.port, host: config.host });
