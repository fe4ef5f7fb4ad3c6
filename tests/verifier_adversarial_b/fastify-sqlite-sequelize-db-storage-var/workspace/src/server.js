const fastify = require('fastify')({ logger: false });
const { sequelize, Article, User } = require('./db');

fastify.get('/api/articles', async () => {
  const rows = await Article.findAll({ include: [{ model: User, as: 'author' }], order: [['createdAt', 'DESC']] });
  return { articles: rows.map((a) => ({ slug: a.slug, title: a.title, author: { username: a.author.username } })), articlesCount: rows.length };
});

(async () => {
  await sequelize.sync();
  await fastify.listen({ port: Number(process.env.PORT || 3000), host: '0.0.0.0' });
})();
