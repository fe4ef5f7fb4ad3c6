const userRepository = require('../repositories/articleRepository');

module.exports = async function auth(ctx, next) {
  ctx.state.user = await userRepository.findBySlug(ctx.headers.user);
  await next();
};
