const express = require('express');
const db = require('./db');

const app = express();
app.use(express.json());

app.get('/api/health-check', (req, res) => res.json({ status: 'ok' }));

app.get('/api/articles', async (req, res, next) => {
  try {
    const limit = Number(req.query.limit ?? 20);
    const offset = Number(req.query.offset ?? 0);
    const articles = await db('articles')
      .join('users', 'users.id', 'articles.author_id')
      .select('articles.*', 'users.username')
      .orderBy('articles.created_at', 'desc')
      .limit(limit)
      .offset(offset);
    const [{ count }] = await db('articles').count({ count: '*' });
    res.json({ articles, articlesCount: Number(count) });
  } catch (err) {
    next(err);
  }
});

app.listen(Number(process.env.PORT || 8080));
