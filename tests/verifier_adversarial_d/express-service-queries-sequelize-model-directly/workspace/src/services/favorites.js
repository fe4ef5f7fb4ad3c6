const { Article } = require('../models');
const favorites = require('../repositories/favorites');

exports.favorite = async (userId, slug) => {
  const article = await Article.findOne({ where: { slug } });
  if (!article) return null;
  await favorites.add(userId, article.id);
  return { ...article.toJSON(), favorited: true, favoritesCount: await favorites.count(article.id) };
};
