const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const db = require('./db');

const router = new Router({ prefix: '/api' });
router.get('/articles', (ctx) => {
  const rows = db.prepare('SELECT slug, title FROM articles ORDER BY id DESC').all();
  ctx.body = { articles: rows, articlesCount: rows.length };
});

new Koa().use(bodyParser()).use(router.routes()).listen(process.env.PORT || 3000);
