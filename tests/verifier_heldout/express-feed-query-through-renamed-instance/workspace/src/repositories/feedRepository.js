const { QueryTypes } = require('sequelize');
const { sequelize: conn } = require('../db');
const { Article, Tag, User } = require('../models');

async function feedFor(userId, { limit = 20, offset = 0 } = {}) {
  const ids = await conn.query(
    `SELECT a.id FROM "Articles" a
       JOIN follows f ON f."followingId" = a."authorId"
      WHERE f."followerId" = :userId
      ORDER BY a."createdAt" DESC
      LIMIT :limit OFFSET :offset`,
    { replacements: { userId, limit, offset }, type: QueryTypes.SELECT },
  );
  const articles = await Article.findAll({
    where: { id: ids.map((r) => r.id) },
    include: [{ model: User, as: 'author' }, { model: Tag, as: 'tags' }, { model: User, as: 'favoritedBy' }],
    order: [['createdAt', 'DESC']],
  });
  return { articles, count: articles.length };
}

module.exports = { feedFor };
