const Fastify = require('fastify');
const { Pool } = require('pg');

const pool = new Pool();
const app = Fastify();
app.register(require('./plugins/tags'));

app.post('/api/articles', async (req, reply) => {
  const { title, description, body, tagList = [] } = req.body.article;
  const slug = title.toLowerCase().replace(/\W+/g, '-');
  const { rows } = await pool.query('INSERT INTO articles (slug, title, description, body) VALUES ($1, $2, $3, $4) RETURNING id, slug, title', [slug, title, description, body]);
  app.tags.set(rows[0].id, tagList);
  return reply.code(201).send({ article: { ...rows[0], tagList: app.tags.of(rows[0].id) } });
});
app.get('/api/tags', async () => ({ tags: app.tags.all() }));

(async () => {
  await pool.query('CREATE TABLE IF NOT EXISTS articles (id SERIAL PRIMARY KEY, slug TEXT UNIQUE, title TEXT, description TEXT, body TEXT, author_id INT)');
  await app.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' });
})();
