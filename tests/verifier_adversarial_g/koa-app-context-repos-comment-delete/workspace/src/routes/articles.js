import Router from '@koa/router';

export function articleRoutes(articles, auth) {
  const router = new Router();

  router.get('/articles', auth.optional, async (ctx) => {
    ctx.body = await articles.list(ctx.query, ctx.state.userId);
  });

  router.get('/articles/feed', auth.required, async (ctx) => {
    ctx.body = await articles.feed(ctx.state.userId, ctx.query);
  });

  router.post('/articles', auth.required, async (ctx) => {
    ctx.status = 201;
    ctx.body = { article: await articles.create(ctx.state.userId, ctx.request.body?.article) };
  });

  router.get('/articles/:slug', auth.optional, async (ctx) => {
    ctx.body = { article: await articles.get(ctx.params.slug, ctx.state.userId) };
  });

  router.put('/articles/:slug', auth.required, async (ctx) => {
    ctx.body = { article: await articles.update(ctx.params.slug, ctx.state.userId, ctx.request.body?.article) };
  });

  router.delete('/articles/:slug', auth.required, async (ctx) => {
    await articles.remove(ctx.params.slug, ctx.state.userId);
    ctx.body = {};
  });

  router.post('/articles/:slug/favorite', auth.required, async (ctx) => {
    ctx.body = { article: await articles.favorite(ctx.params.slug, ctx.state.userId) };
  });

  router.delete('/articles/:slug/favorite', auth.required, async (ctx) => {
    ctx.body = { article: await articles.unfavorite(ctx.params.slug, ctx.state.userId) };
  });

  router.get('/tags', async (ctx) => {
    ctx.body = { tags: await articles.tags() };
  });

  return router;
}
