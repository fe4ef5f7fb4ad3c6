const express = require('express');
const { Pool } = require('pg');
const favorites = require('./favorites');

const pool = new Pool();
const app = express();
app.use(express.json());

app.post('/api/articles/:slug/favorite', async (req, res) => {
  const { rows } = await pool.query('SELECT slug, title FROM articles WHERE slug = $1', [req.params.slug]);
  if (!rows[0]) return res.status(404).json({ errors: { article: ['not found'] } });
  await favorites.add(req.params.slug, req.userId);
  res.json({ article: { ...rows[0], favorited: true, favoritesCount: await favorites.count(req.params.slug) } });
});

pool.query('CREATE TABLE IF NOT EXISTS articles (id SERIAL PRIMARY KEY, slug TEXT UNIQUE, title TEXT, body TEXT)').then(() => app.listen(process.env.PORT || 3000));
