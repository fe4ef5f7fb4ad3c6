'use strict';
const createError = require('http-errors');
const bcrypt = require('bcryptjs');

class UserService {
  constructor(users) { this.users = users; }

  async login(email, password) {
    const user = await this.users.findByEmail(email);
    if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
      throw createError(401, 'email or password is invalid');
    }
    return user;
  }

  async register({ username, email, password }) {
    if (await this.users.findByEmail(email)) throw createError(422, 'email has already been taken');
    return this.users.insert({ username, email, passwordHash: await bcrypt.hash(password, 10) });
  }
}
module.exports = { UserService };
