const express = require('express');
const { sequelize, Article } = require('./models');
const comments = require('./comments');

const app = express();
app.use(express.json());

app.post('/api/articles/:slug/comments', async (req, res) => {
  const article = await Article.findOne({ where: { slug: req.params.slug } });
  if (!article) return res.sendStatus(404);
  res.json({ comment: comments.add(article.id, req.userId, req.body.comment.body) });
});

app.get('/api/articles/:slug/comments', async (req, res) => {
  const article = await Article.findOne({ where: { slug: req.params.slug } });
  if (!article) return res.sendStatus(404);
  res.json({ comments: comments.forArticle(article.id) });
});

sequelize.sync().then(() => app.listen(process.env.PORT || 3000));
