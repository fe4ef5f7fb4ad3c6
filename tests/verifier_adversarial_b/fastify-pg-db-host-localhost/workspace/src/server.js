const fastify = require('fastify')();
const config = require('./config');

fastify.register(require('@fastify/postgres'), config.db);

fastify.get('/api/tags', async () => {
  const { rows } = await fastify.pg.query('SELECT DISTINCT name FROM tags ORDER BY name');
  return { tags: rows.map((r) => r.name) };
});

fastify.ready().then(async () => {
  await fastify.pg.query('CREATE TABLE IF NOT EXISTS tags (article_id INT, name TEXT NOT NULL)');
  await fastify.listen({ port: config.port, host: '0.0.0.0' });
});
