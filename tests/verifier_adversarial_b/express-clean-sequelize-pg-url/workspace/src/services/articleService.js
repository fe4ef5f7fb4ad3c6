const articles = require('../repositories/articleRepository');
const { NotFoundError, ForbiddenError } = require('./errors');

async function get(slug) {
  const article = await articles.findBySlug(slug);
  if (!article) throw new NotFoundError('article');
  return article;
}

async function remove(slug, userId) {
  const article = await get(slug);
  if (article.authorId !== userId) throw new ForbiddenError('article');
  await articles.destroy(article);
}

module.exports = { get, remove };
