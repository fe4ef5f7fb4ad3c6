const Router = require('@koa/router');
const profileService = require('../services/profileService');

const router = new Router({ prefix: '/api/profiles' });
router.get('/:username', async (ctx) => {
  const profile = await profileService.get(ctx.params.username, ctx.state.userId);
  if (!profile) { ctx.status = 404; ctx.body = { errors: { profile: ['not found'] } }; return; }
  ctx.body = { profile };
});
module.exports = router;
