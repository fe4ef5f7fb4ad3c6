module.exports = async (ctx) => {
  ctx.body = { article: await ctx.db.Article.findByPk(ctx.params.id) };
};
