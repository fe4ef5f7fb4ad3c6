const express = require('express');
const { pool, migrate } = require('./db');

const app = express();
app.use(express.json());

app.get('/api/articles/:slug', async (req, res) => {
  const { rows } = await pool.query('SELECT slug, title, description, body FROM articles WHERE slug = $1', [req.params.slug]);
  if (!rows.length) return res.status(404).json({ errors: { article: ['not found'] } });
  res.json({ article: rows[0] });
});

migrate()
  .then(() => app.listen(process.env.PORT || 3000))
  .catch((e) => { console.error(e); process.exit(1); });
