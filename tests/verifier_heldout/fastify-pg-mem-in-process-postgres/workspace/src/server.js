const Fastify = require('fastify');
const { pool, migrate } = require('./db');

const app = Fastify();

app.get('/api/health-check', async () => ({ status: 'ok' }));

app.get('/api/articles', async (request) => {
  const limit = Number(request.query.limit ?? 20);
  const offset = Number(request.query.offset ?? 0);
  const { rows } = await pool.query(
    'SELECT a.*, u.username FROM articles a JOIN users u ON u.id = a.author_id ORDER BY a.created_at DESC LIMIT $1 OFFSET $2',
    [limit, offset],
  );
  return { articles: rows, articlesCount: rows.length };
});

migrate()
  .then(() => app.listen({ port: Number(process.env.PORT || 8080), host: '0.0.0.0' }))
  .then(() => console.log('configured database:', process.env.DATABASE_URL ? 'yes' : 'no'));
