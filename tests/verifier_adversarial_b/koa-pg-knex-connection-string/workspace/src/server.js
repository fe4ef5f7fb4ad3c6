const Koa = require('koa');
const Router = require('@koa/router');
const knex = require('knex')(require('../knexfile'));

const router = new Router({ prefix: '/api' });
router.get('/articles', async (ctx) => {
  const articles = await knex('articles').select('slug', 'title').orderBy('created_at', 'desc');
  ctx.body = { articles, articlesCount: articles.length };
});

knex.migrate.latest().then(() => new Koa().use(router.routes()).listen(process.env.PORT || 3000));
