const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const db = require('./db');

const app = new Koa();
const router = new Router({ prefix: '/api' });

router.get('/articles', async (ctx) => {
  const articles = await db('articles').orderBy('created_at', 'desc');
  ctx.body = { articles, articlesCount: articles.length };
});

app.use(bodyParser()).use(router.routes()).use(router.allowedMethods());
app.listen(Number(process.env.PORT) || 3000);
