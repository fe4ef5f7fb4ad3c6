const fastify = require('fastify')({ logger: true });
const { Pool } = require('pg');
const tagIndex = require('./tagIndex');

const pool = new Pool();

fastify.post('/api/articles', async (req, reply) => {
  const { article } = req.body;
  const slug = article.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const { rows } = await pool.query(
    'INSERT INTO articles (slug, title, description, body) VALUES ($1, $2, $3, $4) RETURNING id, slug, title, description, body',
    [slug, article.title, article.description, article.body],
  );
  tagIndex.add(rows[0].id, article.tagList || []);
  return reply.code(201).send({ article: { ...rows[0], tagList: tagIndex.forArticle(rows[0].id) } });
});

fastify.get('/api/tags', async () => ({ tags: tagIndex.all() }));

(async () => {
  await pool.query('CREATE TABLE IF NOT EXISTS articles (id SERIAL PRIMARY KEY, slug TEXT UNIQUE, title TEXT, description TEXT, body TEXT, created_at TIMESTAMPTZ DEFAULT now())');
  await fastify.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' });
})();
