'use strict';
const Router = require('@koa/router');
const userService = require('../services/userService');
const { viewerFrom, section } = require('./http');

const router = new Router({ prefix: '/api' });
const viewer = (ctx, required) => viewerFrom(ctx.get('Authorization'), required);

router.post('/users', async (ctx) => {
  ctx.status = 201;
  ctx.body = { user: await userService.register(section(ctx.request.body, 'user')) };
});
router.post('/users/login', async (ctx) => {
  ctx.body = { user: await userService.login(section(ctx.request.body, 'user')) };
});
router.get('/user', async (ctx) => {
  ctx.body = { user: userService.toUser(await viewer(ctx, true)) };
});
router.put('/user', async (ctx) => {
  ctx.body = { user: await userService.update(await viewer(ctx, true), section(ctx.request.body, 'user')) };
});
router.get('/profiles/:username', async (ctx) => {
  ctx.body = { profile: await userService.profile(ctx.params.username, await viewer(ctx, false)) };
});
router.post('/profiles/:username/follow', async (ctx) => {
  ctx.body = { profile: await userService.follow(await viewer(ctx, true), ctx.params.username, true) };
});
router.delete('/profiles/:username/follow', async (ctx) => {
  ctx.body = { profile: await userService.follow(await viewer(ctx, true), ctx.params.username, false) };
});

module.exports = router;
