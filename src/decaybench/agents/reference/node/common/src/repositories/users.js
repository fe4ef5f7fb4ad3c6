'use strict';
// Users and the relations between them, through Sequelize model APIs only.
const { Op } = require('sequelize');

const plain = (row) => (row ? row.get({ plain: true }) : null);

class UserRepository {
  constructor({
    User,
    Follow, // feature: following
  }) {
    this.User = User;
    this.Follow = Follow; // feature: following
  }

  async findById(id) {
    return plain(await this.User.findByPk(id));
  }

  async findByEmail(email) {
    return plain(await this.User.findOne({ where: { email } }));
  }

  async findByUsername(username) {
    return plain(await this.User.findOne({ where: { username } }));
  }

  async findByIds(ids) {
    if (ids.length === 0) return [];
    const rows = await this.User.findAll({ where: { id: { [Op.in]: ids } } });
    return rows.map(plain);
  }

  async isTaken(field, value, exceptId = null) {
    const where = { [field]: value };
    if (exceptId !== null) where.id = { [Op.ne]: exceptId };
    return (await this.User.count({ where })) > 0;
  }

  async create(fields) {
    return plain(await this.User.create(fields));
  }

  async update(id, changes) {
    const user = await this.User.findByPk(id);
    if (!user) return null;
    await user.update(changes);
    return plain(user);
  }

  // feature: following
  async follow(followerId, followedId) {
    await this.Follow.findOrCreate({ where: { followerId, followedId } });
  }

  async unfollow(followerId, followedId) {
    await this.Follow.destroy({ where: { followerId, followedId } });
  }

  /** The subset of `userIds` that `followerId` follows, as a Set. */
  async followedAmong(followerId, userIds) {
    if (userIds.length === 0) return new Set();
    const rows = await this.Follow.findAll({
      where: { followerId, followedId: { [Op.in]: userIds } },
      attributes: ['followedId'],
    });
    return new Set(rows.map((row) => row.followedId));
  }
  // end feature: following

  // feature: feed
  async followedIds(followerId) {
    const rows = await this.Follow.findAll({ where: { followerId }, attributes: ['followedId'] });
    return rows.map((row) => row.followedId);
  }
  // end feature: feed
}

module.exports = { UserRepository };
