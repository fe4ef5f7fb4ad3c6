const Router = require('@koa/router');
const articleService = require('../services/articleService');
const authService = require('../services/authService');

const router = new Router({ prefix: '/api' });

router.use(async (ctx, next) => {
  const header = ctx.get('Authorization');
  ctx.state.user = header.startsWith('Token ') ? await authService.userFromToken(header.slice(6)) : null;
  await next();
});

function requireUser(ctx) {
  if (!ctx.state.user) ctx.throw(401, 'unauthorized');
  return ctx.state.user;
}

router.get('/articles', async (ctx) => {
  const { tag, author, favorited, limit = 20, offset = 0 } = ctx.query;
  ctx.body = await articleService.listArticles(
    { tag, author, favorited, limit: Number(limit), offset: Number(offset) },
    ctx.state.user,
  );
});

router.post('/articles', async (ctx) => {
  const user = requireUser(ctx);
  ctx.status = 201;
  ctx.body = { article: await articleService.createArticle(user, ctx.request.body.article) };
});

router.get('/articles/:slug', async (ctx) => {
  ctx.body = { article: await articleService.getArticle(ctx.params.slug, ctx.state.user) };
});

router.delete('/articles/:slug', async (ctx) => {
  await articleService.deleteArticle(requireUser(ctx), ctx.params.slug);
  ctx.body = {};
});

router.get('/tags', async (ctx) => {
  ctx.body = { tags: await articleService.listTags() };
});

router.get('/health-check', (ctx) => {
  ctx.body = { status: 'ok' };
});

module.exports = router;
