const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const knex = require('knex')(require('../knexfile'));

const router = new Router({ prefix: '/api' });
router.delete('/articles/:slug/comments/:id', async (ctx) => {
  await knex('comments').where({ id: ctx.params.id }).del();
  ctx.body = {};
});

new Koa().use(bodyParser()).use(router.routes()).listen(process.env.PORT || 3000);
