'use strict';
// Profiles of users, as other users see them.
const {
  NotFound,
  Unauthorized, // feature: following
} = require('./errors');
const { profileJson } = require('./presenters');

class ProfileService {
  constructor({ users }) {
    this.users = users;
  }

  async profileUser(username) {
    const user = await this.users.findByUsername(String(username));
    if (!user) throw new NotFound(`profile ${username} not found`);
    return user;
  }

  async present(viewerId, user) {
    const followed = viewerId === null ? new Set() : await this.users.followedAmong(viewerId, [user.id]); // feature: following
    return {
      profile: profileJson(
        user,
        followed.has(user.id), // feature: following
      ),
    };
  }

  async get(viewerId, username) {
    return this.present(viewerId, await this.profileUser(username));
  }

  // feature: following
  async follow(viewerId, username) {
    if (viewerId === null) throw new Unauthorized();
    const user = await this.profileUser(username);
    await this.users.follow(viewerId, user.id);
    return this.present(viewerId, user);
  }

  async unfollow(viewerId, username) {
    if (viewerId === null) throw new Unauthorized();
    const user = await this.profileUser(username);
    await this.users.unfollow(viewerId, user.id);
    return this.present(viewerId, user);
  }
  // end feature: following
}

module.exports = { ProfileService };
