'use strict';
const { NotFoundError } = require('./errors');
const { toProfile } = require('../models/profile');

class ProfileService {
  constructor(repo) { this.repo = repo; }
  async follow(viewer, username) {
    const user = await this.repo.find(username);
    if (!user) throw new NotFoundError('profile');
    await this.repo.follow(viewer, username);
    return toProfile(user, true);
  }
}
module.exports = { ProfileService };
