const express = require('express');
const { sequelize } = require('./db');
const articleRoutes = require('./routes/articles');
const articles = require('./repositories/articleRepository');
const service = require('./services/articleService');

service.use && service.use(articles);

async function main() {
  await sequelize.sync();
  const app = express();
  app.use(express.json());
  app.get('/api/health-check', (req, res) => res.json({ status: 'ok' }));
  app.use('/api', articleRoutes);
  app.listen(Number(process.env.PORT || 8080));
}

main();
