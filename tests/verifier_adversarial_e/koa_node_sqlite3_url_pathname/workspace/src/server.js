const Koa = require('koa');
const Router = require('koa-router');
const { koaBody } = require('koa-body');
const { migrate, all } = require('./db');

const app = new Koa();
const router = new Router({ prefix: '/api' });

router.get('/articles/:slug/comments', async (ctx) => {
  ctx.body = { comments: await all('SELECT * FROM comments ORDER BY id DESC') };
});

app.use(koaBody()).use(router.routes());

migrate().then(() => app.listen(process.env.PORT || 3000));
