import type { UserRepository } from '../repositories/users';
import type { UserAttributes } from '../models/user';

export class NotFound extends Error {}

export class ProfileService {
  constructor(private readonly users: UserRepository) {}

  async byEmail(email: string): Promise<UserAttributes> {
    const user = await this.users.findByEmail(email);
    if (!user) throw new NotFound('profile not found');
    return user;
  }
}
