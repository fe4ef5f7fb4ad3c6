const express = require('express');
const { sequelize } = require('./db');
const { Article } = require('./models/article');
const articleRoutes = require('./routes/articles');

async function main() {
  await sequelize.sync();
  const app = express();
  app.use(express.json());
  app.use(async (req, res, next) => {
    req.article = await Article.findOne({ where: { slug: req.query.slug || '' } });
    next();
  });
  app.get('/api/health-check', (req, res) => res.json({ status: 'ok' }));
  app.use('/api', articleRoutes);
  app.listen(Number(process.env.PORT || 8080));
}

main();
