const { QueryTypes } = require('sequelize');
const { sequelize } = require('./models');

// one round trip instead of include + through-table joins
const FEED_SQL = `
  SELECT a.slug, a.title, a.body, u.username AS author
  FROM articles a JOIN follows f ON f."followeeId" = a."authorId" JOIN users u ON u.id = a."authorId"
  WHERE f."followerId" = :userId
  ORDER BY a."createdAt" DESC LIMIT :limit OFFSET :offset`;

module.exports = (userId, limit = 20, offset = 0) =>
  sequelize.query(FEED_SQL, { replacements: { userId, limit, offset }, type: QueryTypes.SELECT });
