'use strict';

const { NotFoundError } = require('./errors');

class ProfileService {
  constructor({ userRepository }) {
    this.users = userRepository;
  }

  async get(username, viewerId = null) {
    const user = await this.users.findByUsername(username);
    if (!user) throw new NotFoundError('profile');
    return this.present(user, await this.users.isFollowing(viewerId, user.id));
  }

  async follow(username, viewerId) {
    const user = await this.users.findByUsername(username);
    if (!user) throw new NotFoundError('profile');
    await this.users.follow(viewerId, user.id);
    return this.present(user, true);
  }

  async unfollow(username, viewerId) {
    const user = await this.users.findByUsername(username);
    if (!user) throw new NotFoundError('profile');
    await this.users.unfollow(viewerId, user.id);
    return this.present(user, false);
  }

  present(user, following) {
    return { username: user.username, bio: user.bio ?? null, image: user.image ?? null, following };
  }
}

module.exports = { ProfileService };
