const { Sequelize } = require('sequelize');
const { Article } = require('./models');

exports.list = async (limit = 20, offset = 0) => {
  const { rows, count } = await Article.findAndCountAll({
    attributes: {
      include: [[Sequelize.literal('(SELECT COUNT(*) FROM "Favorites" AS f WHERE f."articleId" = "Article"."id")'), 'favoritesCount']],
    },
    order: [['createdAt', 'DESC']],
    limit,
    offset,
  });
  return { articles: rows.map((r) => ({ ...r.toJSON(), favoritesCount: Number(r.get('favoritesCount')) })), articlesCount: count };
};
