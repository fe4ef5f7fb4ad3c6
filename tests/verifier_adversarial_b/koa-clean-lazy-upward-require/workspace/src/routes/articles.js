const Router = require('@koa/router');
const articleService = require('../services/articleService');

const router = new Router({ prefix: '/api/articles' });
router.post('/', (ctx) => {
  ctx.status = 201;
  ctx.body = { article: articleService.create(ctx.state.userId, ctx.request.body.article) };
});
router.get('/:slug', (ctx) => {
  const article = articleService.get(ctx.params.slug);
  ctx.status = article ? 200 : 404;
  ctx.body = article ? { article } : { errors: { article: ['not found'] } };
});
module.exports = router;
