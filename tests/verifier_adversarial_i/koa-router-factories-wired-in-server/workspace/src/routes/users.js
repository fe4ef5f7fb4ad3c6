'use strict';

const Router = require('@koa/router');

function buildUsersRouter({ userService, authOptional, authRequired }) {
  const usersRouter = new Router({ prefix: '/api' });

  usersRouter.post('/users', async (ctx) => {
    ctx.status = 201;
    ctx.body = { user: await userService.register(ctx.request.body?.user) };
  });
  usersRouter.post('/users/login', async (ctx) => {
    ctx.body = { user: await userService.login(ctx.request.body?.user) };
  });
  usersRouter.get('/user', authRequired, async (ctx) => {
    ctx.body = { user: userService.current(ctx.state.user, ctx.state.token) };
  });
  usersRouter.put('/user', authRequired, async (ctx) => {
    ctx.body = { user: await userService.update(ctx.state.user, ctx.state.token, ctx.request.body?.user) };
  });
  usersRouter.get('/profiles/:username', authOptional, async (ctx) => {
    ctx.body = { profile: await userService.profile(ctx.params.username, ctx.state.user) };
  });
  usersRouter.post('/profiles/:username/follow', authRequired, async (ctx) => {
    ctx.body = { profile: await userService.setFollowing(ctx.state.user, ctx.params.username, true) };
  });
  usersRouter.delete('/profiles/:username/follow', authRequired, async (ctx) => {
    ctx.body = { profile: await userService.setFollowing(ctx.state.user, ctx.params.username, false) };
  });
  return usersRouter;
}

module.exports = { buildUsersRouter };
