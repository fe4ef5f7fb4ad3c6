const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { pool, ready } = require('./db');

const router = new Router({ prefix: '/api' });
router.get('/articles/:slug', async (ctx) => {
  const { rows } = await pool.query('SELECT slug, title, description, body FROM articles WHERE slug = $1', [ctx.params.slug]);
  if (!rows.length) ctx.throw(404);
  ctx.body = { article: rows[0] };
});

ready.then(() => new Koa().use(bodyParser()).use(router.routes()).listen(process.env.PORT || 3000));
