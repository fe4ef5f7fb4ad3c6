const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const pool = require('./db');

const router = new Router({ prefix: '/api' });
router.post('/users', async (ctx) => {
  const { username, email, password } = ctx.request.body.user;
  const { rows } = await pool.query('INSERT INTO users (username, email, password) VALUES ($1, $2, $3) RETURNING username, email', [username, email, password]);
  ctx.status = 201;
  ctx.body = { user: rows[0] };
});

new Koa().use(bodyParser()).use(router.routes()).listen(process.env.PORT || 3000);
