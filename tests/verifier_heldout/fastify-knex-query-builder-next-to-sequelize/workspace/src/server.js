const Fastify = require('fastify');
const articleRoutes = require('./routes/articles');
const { sequelize } = require('./models');

async function main() {
  const app = Fastify({ logger: false });

  app.setErrorHandler((err, request, reply) => {
    reply.code(err.status || err.statusCode || 500).send({ errors: { body: [err.message] } });
  });
  app.get('/api/health-check', async () => ({ status: 'ok' }));
  app.register(articleRoutes, { prefix: '/api' });

  await sequelize.sync();
  await app.listen({ port: Number(process.env.PORT || 8080), host: '0.0.0.0' });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
