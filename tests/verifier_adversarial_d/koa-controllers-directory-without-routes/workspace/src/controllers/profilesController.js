const profileService = require('../services/profileService');

exports.show = async (ctx) => {
  const profile = await profileService.get(ctx.params.username, ctx.state.user);
  if (!profile) ctx.throw(404, 'profile not found');
  ctx.body = { profile };
};

exports.follow = async (ctx) => {
  ctx.body = { profile: await profileService.follow(ctx.params.username, ctx.state.user) };
};
