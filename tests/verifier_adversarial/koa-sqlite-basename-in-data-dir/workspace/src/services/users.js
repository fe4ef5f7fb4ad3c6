'use strict';
const { ConflictError, UnauthorizedError, NotFoundError } = require('./errors');
const { hashPassword, verifyPassword, signToken } = require('./security');

class UserService {
  constructor({ users, secret }) {
    this.users = users;
    this.secret = secret;
  }

  async register({ username, email, password }) {
    const taken = await this.users.taken(username, email);
    if (taken.some((u) => u.username === username)) throw new ConflictError('has already been taken', 'username');
    if (taken.some((u) => u.email === email)) throw new ConflictError('has already been taken', 'email');
    const user = await this.users.create({ username, email, passwordHash: hashPassword(password) });
    return this.present(user);
  }

  async login({ email, password }) {
    const user = await this.users.findByEmail(email);
    if (!user || !verifyPassword(password, user.passwordHash)) throw new UnauthorizedError('email or password is invalid');
    return this.present(user);
  }

  async profile(username, viewerId) {
    const user = await this.users.findByUsername(username);
    if (!user) throw new NotFoundError('profile not found');
    const following = viewerId ? await this.users.isFollowing(viewerId, user.id) : false;
    return { username: user.username, bio: user.bio, image: user.image, following };
  }

  present(user) {
    return { email: user.email, username: user.username, bio: user.bio, image: user.image, token: signToken(user.id, this.secret) };
  }
}

module.exports = { UserService };
