'use strict';
const Koa = require('koa');
const Router = require('@koa/router');
const { pool, init } = require('./db');

const router = new Router({ prefix: '/api' });
router.get('/health-check', (ctx) => { ctx.body = { status: 'ok' }; });
router.get('/profiles/:username', async (ctx) => {
  const { rows } = await pool.query('SELECT username, bio, image FROM users WHERE username = $1', [ctx.params.username]);
  if (!rows.length) {
    ctx.status = 404;
    ctx.body = { errors: { body: ['profile not found'] } };
    return;
  }
  ctx.body = { profile: { ...rows[0], following: false } };
});

init().then(() => new Koa().use(router.routes()).listen(Number(process.env.PORT || 8080)));
