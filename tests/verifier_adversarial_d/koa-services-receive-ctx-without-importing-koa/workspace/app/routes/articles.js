const Router = require('@koa/router');
const service = require('../services/articles');

const router = new Router({ prefix: '/api' });

router.get('/articles/:slug', async (ctx) => {
  ctx.body = { article: await service.getArticle(ctx, ctx.params.slug) };
});

module.exports = router;
