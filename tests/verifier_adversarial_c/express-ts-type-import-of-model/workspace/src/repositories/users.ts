import { User } from '../models';
import type { UserAttributes } from '../models/user';

export class UserRepository {
  async findByEmail(email: string): Promise<UserAttributes | null> {
    const row = await User.findOne({ where: { email } });
    return row ? (row.get({ plain: true }) as UserAttributes) : null;
  }
}
