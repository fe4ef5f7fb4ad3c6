const { QueryTypes } = require('sequelize');
const sequelize = require('../db');
const { User } = require('../models/user');

exports.byUsername = (username) => User.findOne({ where: { username } });
exports.isFollowing = async (followerId, followeeId) => {
  const [row] = await sequelize.query(
    'SELECT EXISTS(SELECT 1 FROM "Follows" WHERE "followerId" = $1 AND "followeeId" = $2) AS following',
    { bind: [followerId, followeeId], type: QueryTypes.SELECT },
  );
  return row.following;
};
