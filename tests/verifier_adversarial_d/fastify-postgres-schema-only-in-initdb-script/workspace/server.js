const fastify = require('fastify')({ logger: true });

fastify.register(require('@fastify/postgres'), { connectionString: process.env.DATABASE_URL });

fastify.get('/api/articles/:slug', async (req, reply) => {
  const { rows } = await fastify.pg.query('SELECT slug, title, body FROM articles WHERE slug = $1', [req.params.slug]);
  return rows[0] ? { article: rows[0] } : reply.code(404).send({ errors: { body: ['not found'] } });
});

fastify.listen({ port: Number(process.env.PORT) || 8080, host: '0.0.0.0' });
