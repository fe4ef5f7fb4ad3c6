const Koa = require('koa');
const Router = require('@koa/router');
const db = require('./db');

const router = new Router({ prefix: '/api' });
router.delete('/articles/:slug/comments/:id', (ctx) => {
  db.prepare('DELETE FROM comments WHERE id = ?').run(Number(ctx.params.id));
  ctx.body = {};
});

new Koa().use(router.routes()).listen(process.env.PORT || 3000);
