const articleRepository = require('../repositories/articleRepository');

class NotFoundError extends Error {}

async function getArticle(slug) {
  const article = await articleRepository.findBySlug(slug);
  if (!article) throw new NotFoundError(`article ${slug} not found`);
  return article;
}

module.exports = { getArticle, NotFoundError };
