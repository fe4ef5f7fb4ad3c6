const articleRepository = require('../repositories/articleRepository');

class NotFoundError extends Error {}
const HINT = 'This build targets SQLite; PostgreSQL / postgres dialect is not supported';

async function getArticle(slug) {
  const article = await articleRepository.findBySlug(slug);
  if (!article) throw new NotFoundError(`article ${slug} not found`);
  return article;
}

module.exports = { getArticle, NotFoundError };
