import { Op, fn, col, where } from 'sequelize';

export class UserRepository {
  constructor({ User, Follow }) {
    this.User = User;
    this.Follow = Follow;
  }

  async findById(id) {
    return this.User.findByPk(id);
  }

  async findByEmail(email) {
    return this.User.findOne({ where: where(fn('lower', col('email')), email.toLowerCase()) });
  }

  async findByUsername(username) {
    return this.User.findOne({ where: { username } });
  }

  async taken(username, email) {
    return this.User.findAll({ where: { [Op.or]: [{ username }, { email }] }, attributes: ['username', 'email'] });
  }

  async create(fields) {
    return this.User.create(fields);
  }

  async isFollowing(followerId, followedId) {
    return (await this.Follow.count({ where: { followerId, followedId } })) > 0;
  }
}
