const { Article } = require('../models/article');
const { sequelize } = require('../db');

async function findBySlug(slug) {
  return Article.findOne({
    where: { slug },
    attributes: { include: [[sequelize.literal('(SELECT COUNT(*) FROM favorites WHERE favorites."articleId" = "Article".id)'), 'favoritesCount']] },
  });
}

async function create(fields) {
  return Article.create(fields);
}

module.exports = { findBySlug, create };
