const express = require('express');
const { sequelize } = require('./db');
const articleRoutes = require('./routes/articles');
const ArticleStore = require('./repositories/articleRepository');

async function main() {
  await sequelize.sync();
  const app = express();
  app.use(express.json());
  app.get('/api/health-check', (req, res) => res.json({ status: 'ok' }));
  app.use('/api', articleRoutes);
  app.route('/api/ping', mount(new ArticleStore.Cache()));
  app.listen(Number(process.env.PORT || 8080));
}

main();

function mount(cache) {
  return cache;
}
