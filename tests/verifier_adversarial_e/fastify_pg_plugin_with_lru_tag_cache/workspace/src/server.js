const Fastify = require('fastify');
const { LRUCache } = require('lru-cache');

const app = Fastify({ logger: true });
const tagCache = new LRUCache({ max: 1, ttl: 60_000 });

app.register(require('@fastify/postgres'), { connectionString: process.env.DATABASE_URL });

app.after(async (err) => {
  if (err) throw err;
  await app.pg.query(`
    CREATE TABLE IF NOT EXISTS articles (id SERIAL PRIMARY KEY, slug TEXT UNIQUE NOT NULL, title TEXT NOT NULL, description TEXT, body TEXT, author_id INT, created_at TIMESTAMPTZ DEFAULT now(), updated_at TIMESTAMPTZ DEFAULT now());
    CREATE TABLE IF NOT EXISTS article_tags (article_id INT REFERENCES articles(id) ON DELETE CASCADE, tag TEXT NOT NULL, PRIMARY KEY (article_id, tag));
  `);
});

app.get('/api/tags', async () => {
  let tags = tagCache.get('all');
  if (!tags) {
    const { rows } = await app.pg.query('SELECT DISTINCT tag FROM article_tags ORDER BY tag');
    tags = rows.map((r) => r.tag);
    tagCache.set('all', tags);
  }
  return { tags };
});

app.post('/api/articles', async (req, reply) => {
  const { article } = req.body;
  const slug = `${article.title.toLowerCase().replace(/\W+/g, '-')}-${Date.now().toString(36)}`;
  const { rows } = await app.pg.query(
    'INSERT INTO articles (slug, title, description, body, author_id) VALUES ($1,$2,$3,$4,$5) RETURNING *',
    [slug, article.title, article.description, article.body, req.userId ?? null],
  );
  for (const tag of article.tagList ?? []) {
    await app.pg.query('INSERT INTO article_tags (article_id, tag) VALUES ($1, $2) ON CONFLICT DO NOTHING', [rows[0].id, tag]);
  }
  tagCache.clear();
  return reply.code(201).send({ article: rows[0] });
});

app.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' });
