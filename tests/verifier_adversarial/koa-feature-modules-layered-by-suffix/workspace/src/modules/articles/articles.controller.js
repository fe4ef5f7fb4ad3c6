'use strict';
const Router = require('@koa/router');
const service = require('./articles.service');

const router = new Router({ prefix: '/api/articles' });

router.get('/', async (ctx) => {
  ctx.body = await service.page({ limit: Number(ctx.query.limit) || 20, offset: Number(ctx.query.offset) || 0 });
});

router.get('/:slug', async (ctx) => {
  try {
    ctx.body = { article: await service.get(ctx.params.slug) };
  } catch (error) {
    if (!(error instanceof service.ArticleNotFound)) throw error;
    ctx.status = 404;
    ctx.body = { errors: { body: ['article not found'] } };
  }
});

module.exports = router;
