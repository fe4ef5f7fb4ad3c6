'use strict';

const Router = require('@koa/router');

function profileRoutes(auth) {
  const router = new Router();

  router.get('/profiles/:username', auth.optional, async (ctx) => {
    ctx.body = { profile: await ctx.state.services.profiles.get(ctx.params.username, ctx.state.userId) };
  });

  router.post('/profiles/:username/follow', auth.required, async (ctx) => {
    ctx.body = { profile: await ctx.state.services.profiles.follow(ctx.params.username, ctx.state.userId) };
  });

  router.delete('/profiles/:username/follow', auth.required, async (ctx) => {
    ctx.body = { profile: await ctx.state.services.profiles.unfollow(ctx.params.username, ctx.state.userId) };
  });

  return router;
}

module.exports = { profileRoutes };
