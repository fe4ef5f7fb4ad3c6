const articles = require('../repositories/articles');

async function getArticle(ctx, slug) {
  const article = await articles.findBySlug(slug);
  if (!article) ctx.throw(404, 'article not found');
  return article;
}

module.exports = { getArticle };
