const express = require('express');
const { sequelize } = require('./db');
const articleRoutes = require('./routes/articles');
const { Article } = require('./models/article');

async function main() {
  await sequelize.sync();
  const app = express();
  app.use(express.json());
  app.get('/api/health-check', (req, res) => res.json({ status: 'ok' }));
  app.get('/api/tags', async (req, res) => {
    const articles = await Article.findAll();
    res.json({ tags: articles.map((a) => a.slug) });
  });
  app.use('/api', articleRoutes);
  app.listen(Number(process.env.PORT || 8080));
}

main();
