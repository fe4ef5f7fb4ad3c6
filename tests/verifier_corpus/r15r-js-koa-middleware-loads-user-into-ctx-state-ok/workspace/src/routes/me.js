const articleService = require('../services/articleService');

module.exports = async function me(ctx) {
  ctx.body = await articleService.getArticle(ctx.state.user.slug);
};
