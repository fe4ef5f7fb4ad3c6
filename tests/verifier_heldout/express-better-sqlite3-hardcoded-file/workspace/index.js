const express = require('express');
const db = require('./db');

const app = express();
app.use(express.json());

app.get('/api/health-check', (req, res) => res.json({ status: 'ok' }));

app.get('/api/articles', (req, res) => {
  const limit = Number(req.query.limit ?? 20);
  const offset = Number(req.query.offset ?? 0);
  const rows = db
    .prepare(`SELECT a.*, u.username FROM articles a JOIN users u ON u.id = a.author_id
              ORDER BY a.created_at DESC LIMIT ? OFFSET ?`)
    .all(limit, offset);
  const { n } = db.prepare('SELECT COUNT(*) AS n FROM articles').get();
  res.json({ articles: rows, articlesCount: n });
});

app.listen(Number(process.env.PORT || 8080));
