'use strict';
// Data access for users and follows.
const { User, Follow } = require('../models/index.js');

class UserRepository {
  findById(id) { return User.findByPk(id); }
  findByEmail(email) { return User.findOne({ where: { email } }); }
  findByUsername(username) { return User.findOne({ where: { username } }); }
  create(fields) { return User.create(fields); }
  async update(user, changes) { return user.update(changes); }

  async isFollowing(followerId, followedId) {
    return (await Follow.count({ where: { followerId, followedId } })) > 0;
  }

  async follow(followerId, followedId) {
    await Follow.findOrCreate({ where: { followerId, followedId } });
  }

  async unfollow(followerId, followedId) {
    await Follow.destroy({ where: { followerId, followedId } });
  }

  async followedIds(followerId) {
    const rows = await Follow.findAll({ where: { followerId }, attributes: ['followedId'] });
    return rows.map((row) => row.followedId);
  }
}

module.exports = { UserRepository };
