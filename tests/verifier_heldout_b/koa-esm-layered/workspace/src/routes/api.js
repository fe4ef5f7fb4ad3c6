// HTTP handlers (koa-router).
import Router from '@koa/router';

const paging = (q) => ({ limit: Math.min(Number(q.limit) || 20, 100), offset: Number(q.offset) || 0 });

function apiRouter({ userService, articleService }) {
  const router = new Router({ prefix: '/api' });
  const auth = (ctx) => userService.authenticate(ctx.get('Authorization'));
  const maybe = (ctx) => userService.optionalUser(ctx.get('Authorization'));

  router.post('/users', async (ctx) => { ctx.status = 201; ctx.body = await userService.register(ctx.request.body); });
  router.post('/users/login', async (ctx) => { ctx.body = await userService.login(ctx.request.body, ctx.ip); });
  router.get('/user', async (ctx) => { ctx.body = userService.userBody(await auth(ctx)); });
  router.put('/user', async (ctx) => { ctx.body = await userService.update(await auth(ctx), ctx.request.body); });
  router.get('/profiles/:username', async (ctx) => { ctx.body = await userService.profile(ctx.params.username, await maybe(ctx)); });
  router.post('/profiles/:username/follow', async (ctx) => { ctx.body = await userService.follow(await auth(ctx), ctx.params.username, true); });
  router.delete('/profiles/:username/follow', async (ctx) => { ctx.body = await userService.follow(await auth(ctx), ctx.params.username, false); });
  router.get('/articles', async (ctx) => {
    const { tag, author, favorited } = ctx.query;
    ctx.body = await articleService.list(await maybe(ctx), { tag, author, favorited, ...paging(ctx.query) });
  });
  router.get('/articles/feed', async (ctx) => { ctx.body = await articleService.feed(await auth(ctx), paging(ctx.query)); });
  router.post('/articles', async (ctx) => { ctx.status = 201; ctx.body = await articleService.create(await auth(ctx), ctx.request.body); });
  router.get('/articles/:slug', async (ctx) => { ctx.body = await articleService.get(ctx.params.slug, await maybe(ctx)); });
  router.put('/articles/:slug', async (ctx) => { ctx.body = await articleService.update(await auth(ctx), ctx.params.slug, ctx.request.body); });
  router.delete('/articles/:slug', async (ctx) => { await articleService.remove(await auth(ctx), ctx.params.slug); ctx.body = {}; });
  router.post('/articles/:slug/favorite', async (ctx) => { ctx.body = await articleService.favorite(await auth(ctx), ctx.params.slug, true); });
  router.delete('/articles/:slug/favorite', async (ctx) => { ctx.body = await articleService.favorite(await auth(ctx), ctx.params.slug, false); });
  router.get('/articles/:slug/comments', async (ctx) => { ctx.body = await articleService.comments(ctx.params.slug, await maybe(ctx)); });
  router.post('/articles/:slug/comments', async (ctx) => { ctx.body = await articleService.addComment(await auth(ctx), ctx.params.slug, ctx.request.body); });
  router.delete('/articles/:slug/comments/:id', async (ctx) => {
    await articleService.removeComment(await auth(ctx), ctx.params.slug, Number(ctx.params.id));
    ctx.body = {};
  });
  router.get('/tags', async (ctx) => { ctx.body = await articleService.tags(); });
  return router;
}

export { apiRouter };
