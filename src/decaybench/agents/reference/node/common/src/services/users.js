'use strict';
// Registration, login, the current user, and who a token belongs to.
const { Unauthorized, ValidationFailed } = require('./errors');
const { userJson } = require('./presenters');
const { asObject, optionalText, requiredText } = require('./validation');

class UserService {
  constructor({ users, hasher, tokens }) {
    this.users = users;
    this.hasher = hasher;
    this.tokens = tokens;
  }

  /** The id of the token's user; null without a token; Unauthorized for a bad token. */
  async viewerId(token) {
    if (token === null || token === undefined) return null;
    const id = this.tokens.userId(token);
    if (!(await this.users.findById(id))) throw new Unauthorized("the token's user no longer exists");
    return id;
  }

  present(user) {
    return { user: userJson(user, this.tokens.issue(user)) };
  }

  async current(viewerId) {
    const user = viewerId === null ? null : await this.users.findById(viewerId);
    if (!user) throw new Unauthorized();
    return user;
  }

  async register(payload) {
    const data = asObject(asObject(payload, 'request body').user, 'user');
    const username = requiredText(data, 'username').trim();
    const email = requiredText(data, 'email').trim();
    const password = requiredText(data, 'password');
    const problems = [];
    if (await this.users.isTaken('username', username)) problems.push('username has already been taken');
    if (await this.users.isTaken('email', email)) problems.push('email has already been taken');
    if (problems.length) throw new ValidationFailed(...problems);
    const user = await this.users.create({
      username,
      email,
      passwordHash: await this.hasher.hash(password),
      bio: null,
      image: null,
    });
    return this.present(user);
  }

  async login(payload) {
    const data = asObject(asObject(payload, 'request body').user, 'user');
    const email = requiredText(data, 'email').trim();
    const password = requiredText(data, 'password');
    const user = await this.users.findByEmail(email);
    if (!user || !(await this.hasher.verify(password, user.passwordHash))) {
      throw new Unauthorized('email or password is invalid');
    }
    return this.present(user);
  }

  async me(viewerId) {
    return this.present(await this.current(viewerId));
  }

  async update(viewerId, payload) {
    const user = await this.current(viewerId);
    const data = asObject(asObject(payload, 'request body').user, 'user');
    const username = optionalText(data, 'username');
    const email = optionalText(data, 'email');
    const password = optionalText(data, 'password');
    // bio and image may be cleared with "" or null.
    const bio = optionalText(data, 'bio', { blankOk: true });
    const image = optionalText(data, 'image', { blankOk: true });
    const problems = [];
    if (username !== undefined && (await this.users.isTaken('username', username.trim(), user.id))) {
      problems.push('username has already been taken');
    }
    if (email !== undefined && (await this.users.isTaken('email', email.trim(), user.id))) {
      problems.push('email has already been taken');
    }
    if (problems.length) throw new ValidationFailed(...problems);
    const changes = {};
    if (username !== undefined) changes.username = username.trim();
    if (email !== undefined) changes.email = email.trim();
    if (password !== undefined) changes.passwordHash = await this.hasher.hash(password);
    if (bio !== undefined) changes.bio = bio;
    if (image !== undefined) changes.image = image;
    return this.present(await this.users.update(user.id, changes));
  }
}

module.exports = { UserService };
