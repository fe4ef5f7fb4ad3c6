import { Op } from 'sequelize';

const plain = (row) => (row ? row.get({ plain: true }) : null);

export class UserRepository {
  constructor({ User, Follow }) {
    this.User = User;
    this.Follow = Follow;
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

  async existsOther(field, value, exceptId = null) {
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

  async follow(followerId, followingId) {
    await this.Follow.findOrCreate({ where: { followerId, followingId } });
  }

  async unfollow(followerId, followingId) {
    await this.Follow.destroy({ where: { followerId, followingId } });
  }

  async isFollowing(followerId, followingId) {
    if (!followerId) return false;
    return (await this.Follow.count({ where: { followerId, followingId } })) > 0;
  }

  async followedIds(followerId) {
    const rows = await this.Follow.findAll({ where: { followerId }, attributes: ['followingId'] });
    return rows.map((row) => row.followingId);
  }
}
