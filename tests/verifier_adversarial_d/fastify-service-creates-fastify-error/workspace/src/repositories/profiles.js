'use strict';
class ProfileRepository {
  constructor() { this.users = new Map(); this.follows = new Set(); }
  async find(username) { return this.users.get(username) ?? null; }
  async follow(a, b) { this.follows.add(`${a}:${b}`); }
  async isFollowing(a, b) { return this.follows.has(`${a}:${b}`); }
}
module.exports = { ProfileRepository };
