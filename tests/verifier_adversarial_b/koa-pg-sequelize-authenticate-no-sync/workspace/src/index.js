const Koa = require('koa');
const Router = require('@koa/router');
const { sequelize, Article } = require('./db');

const router = new Router();
router.get('/api/articles', async (ctx) => {
  const articles = await Article.findAll({ order: [['id', 'DESC']] });
  ctx.body = { articles, articlesCount: articles.length };
});

sequelize.authenticate().then(() => new Koa().use(router.routes()).listen(process.env.PORT || 3000));
