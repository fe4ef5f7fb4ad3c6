const { sequelize } = require('../db');

const table = 'Articles';

async function feed(userId) {
  return sequelize.query(`SELECT * FROM "${table}" WHERE "authorId" IN (SELECT "followingId" FROM follows WHERE "followerId" = ${Number(userId)})`);
}

module.exports = { feed };
