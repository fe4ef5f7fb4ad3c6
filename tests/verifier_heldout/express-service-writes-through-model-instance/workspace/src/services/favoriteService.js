const articleRepository = require('../repositories/articleRepository');
const { NotFoundError } = require('./errors');

async function favorite(user, slug) {
  const article = await articleRepository.findBySlug(slug);
  if (!article) throw new NotFoundError('article not found');
  await article.addFavoritedBy(user.id);
  article.changed('updatedAt', true);
  await article.save();
  return articleRepository.findBySlug(slug);
}

async function unfavorite(user, slug) {
  const article = await articleRepository.findBySlug(slug);
  if (!article) throw new NotFoundError('article not found');
  await article.removeFavoritedBy(user.id);
  return articleRepository.findBySlug(slug);
}

module.exports = { favorite, unfavorite };
