import { NotFoundError } from './errors.js';
import type { UserRepository } from '../repositories/user.repository.js';

export class ProfileService {
  private readonly users: UserRepository;

  constructor({ userRepository }: { userRepository: UserRepository }) {
    this.users = userRepository;
  }

  async get(username: string, viewerId: number | null = null) {
    const user = await this.users.findByUsername(username);
    if (!user) throw new NotFoundError('profile');
    return this.present(user, await this.users.isFollowing(viewerId, user.id));
  }

  async follow(username: string, viewerId: number) {
    const user = await this.users.findByUsername(username);
    if (!user) throw new NotFoundError('profile');
    await this.users.follow(viewerId, user.id);
    return this.present(user, true);
  }

  async unfollow(username: string, viewerId: number) {
    const user = await this.users.findByUsername(username);
    if (!user) throw new NotFoundError('profile');
    await this.users.unfollow(viewerId, user.id);
    return this.present(user, false);
  }

  present(user: any, following: boolean) {
    return { username: user.username, bio: user.bio ?? null, image: user.image ?? null, following };
  }
}
