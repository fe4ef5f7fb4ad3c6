const fastify = require('fastify')({ logger: true });

fastify.register(require('./plugins/db'));
fastify.register(async (api) => {
  api.get('/articles', async () => {
    const rows = await fastify.models.Article.findAll({ order: [['createdAt', 'DESC']], limit: 20 });
    return { articles: rows, articlesCount: rows.length };
  });
}, { prefix: '/api' });

fastify.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' });
