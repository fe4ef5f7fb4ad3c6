const express = require('express');
const articleService = require('./services/articleService');

const app = express();
app.use(express.json());

app.get('/api/health-check', (req, res) => res.json({ status: 'ok' }));

app.get('/api/articles', async (req, res, next) => {
  try {
    const { tag, author, favorited, limit = 20, offset = 0 } = req.query;
    res.json(await articleService.listArticles({ tag, author, favorited, limit: +limit, offset: +offset }, null));
  } catch (err) {
    next(err);
  }
});

app.get('/api/tags', async (req, res, next) => {
  try {
    res.json({ tags: await articleService.listTags() });
  } catch (err) {
    next(err);
  }
});

app.use((err, req, res, next) => res.status(err.status || 500).json({ errors: { body: [err.message] } }));

module.exports = app;
