import Fastify from 'fastify';
import { sequelize } from './models/index.js';
import { usersRoutes } from './routes/users.js';
import { articlesRoutes } from './routes/articles.js';

const app = Fastify({ logger: false });

app.setErrorHandler((error, request, reply) => {
  if (error.status && error.errors) return reply.code(error.status).send({ errors: error.errors });
  if (error.validation) return reply.code(422).send({ errors: { body: [error.message] } });
  request.log.error(error);
  return reply.code(500).send({ errors: { server: ['internal error'] } });
});

app.register(usersRoutes, { prefix: '/api' });
app.register(articlesRoutes, { prefix: '/api' });

await sequelize.sync();
await app.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' });
