'use strict';
// Profiles and following.
const { NotFound, Unauthorized } = require('./errors');
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
    const followed = viewerId === null ? new Set() : await this.users.followedAmong(viewerId, [user.id]);
    return { profile: profileJson(user, followed.has(user.id)) };
  }

  async get(viewerId, username) {
    return this.present(viewerId, await this.profileUser(username));
  }

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
}

module.exports = { ProfileService };
