const express = require('express');
const { sequelize } = require('./db');
const articleRoutes = require('./routes/articles');
const articles = require('./repositories/articleRepository');

async function main() {
  await sequelize.sync();
  const app = express();
  app.use(express.json());
  app.get('/api/health-check', (req, res) => res.json({ status: 'ok' }));
  app.get('/api/articles/:slug/raw', async (req, res) => res.json(await articles.findBySlug(req.params.slug)));
  app.use('/api', articleRoutes);
  app.listen(Number(process.env.PORT || 8080));
}

main();
