const fastify = require('fastify')();
const pool = require('./db');

fastify.get('/api/articles', async () => {
  const { rows } = await pool.query('SELECT slug, title FROM articles ORDER BY id DESC');
  return { articles: rows, articlesCount: rows.length };
});

(async () => {
  await pool.query('CREATE TABLE IF NOT EXISTS articles (id SERIAL PRIMARY KEY, slug TEXT UNIQUE, title TEXT, body TEXT)');
  await fastify.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' });
})();
