import { Op } from 'sequelize';

const plain = (row: any) => (row ? row.get({ plain: true }) : null);

export class UserRepository {
  private readonly User: any;
  private readonly Follow: any;

  constructor({ User, Follow }: any) {
    this.User = User;
    this.Follow = Follow;
  }

  async findById(id: number) {
    return plain(await this.User.findByPk(id));
  }

  async findByEmail(email: string) {
    return plain(await this.User.findOne({ where: { email } }));
  }

  async findByUsername(username: string) {
    return plain(await this.User.findOne({ where: { username } }));
  }

  async existsOther(field: string, value: string, exceptId: number | null = null) {
    const where: any = { [field]: value };
    if (exceptId !== null) where.id = { [Op.ne]: exceptId };
    return (await this.User.count({ where })) > 0;
  }

  async create(fields: any) {
    return plain(await this.User.create(fields));
  }

  async update(id: number, changes: any) {
    const user = await this.User.findByPk(id);
    if (!user) return null;
    await user.update(changes);
    return plain(user);
  }

  async follow(followerId: number, followingId: number) {
    await this.Follow.findOrCreate({ where: { followerId, followingId } });
  }

  async unfollow(followerId: number, followingId: number) {
    await this.Follow.destroy({ where: { followerId, followingId } });
  }

  async isFollowing(followerId: number | null, followingId: number) {
    if (!followerId) return false;
    return (await this.Follow.count({ where: { followerId, followingId } })) > 0;
  }

  async followedIds(followerId: number) {
    const rows = await this.Follow.findAll({ where: { followerId }, attributes: ['followingId'] });
    return rows.map((row: any) => row.followingId);
  }
}
