import Router from '@koa/router';

export function profileRoutes(profiles, auth) {
  const router = new Router();

  router.get('/profiles/:username', auth.optional, async (ctx) => {
    ctx.body = { profile: await profiles.get(ctx.params.username, ctx.state.userId) };
  });

  router.post('/profiles/:username/follow', auth.required, async (ctx) => {
    ctx.body = { profile: await profiles.follow(ctx.params.username, ctx.state.userId) };
  });

  router.delete('/profiles/:username/follow', auth.required, async (ctx) => {
    ctx.body = { profile: await profiles.unfollow(ctx.params.username, ctx.state.userId) };
  });

  return router;
}
