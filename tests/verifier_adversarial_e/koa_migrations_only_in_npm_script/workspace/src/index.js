const Koa = require('koa');
const Router = require('koa-router');
const bodyParser = require('koa-bodyparser');
const pool = require('./db');

const router = new Router();
router.get('/api/articles', async (ctx) => {
  const { rows } = await pool.query('SELECT slug, title, description, body FROM articles ORDER BY created_at DESC LIMIT 20');
  ctx.body = { articles: rows, articlesCount: rows.length };
});

const app = new Koa();
app.use(bodyParser()).use(router.routes());
app.listen(process.env.PORT || 3000);
