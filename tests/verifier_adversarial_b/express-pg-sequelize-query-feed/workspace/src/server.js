const express = require('express');
const { sequelize, Article } = require('./models');
const feed = require('./feed');

const app = express();
app.use(express.json());
app.get('/api/articles/feed', async (req, res) => {
  const rows = await feed(req.userId, Number(req.query.limit) || 20, Number(req.query.offset) || 0);
  res.json({ articles: rows, articlesCount: rows.length });
});
app.get('/api/articles', async (_req, res) => {
  const rows = await Article.findAll({ order: [['createdAt', 'DESC']] });
  res.json({ articles: rows, articlesCount: rows.length });
});

sequelize.sync().then(() => app.listen(process.env.PORT || 3000));
