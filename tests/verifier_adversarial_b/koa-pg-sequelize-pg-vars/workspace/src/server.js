const Koa = require('koa');
const Router = require('@koa/router');
const { sequelize, Article, User } = require('./db');

const router = new Router({ prefix: '/api' });
router.get('/articles/:slug', async (ctx) => {
  const a = await Article.findOne({ where: { slug: ctx.params.slug }, include: [{ model: User, as: 'author' }] });
  if (!a) { ctx.status = 404; ctx.body = { errors: { article: ['not found'] } }; return; }
  ctx.body = { article: { slug: a.slug, title: a.title, body: a.body, favoritesCount: await a.countFavoritedBy() } };
});

(async () => {
  await sequelize.sync();
  new Koa().use(router.routes()).listen(process.env.PORT || 3000);
})();
