'use strict';
// Use cases around users and profiles.
const security = require('./security.js');
const { section, checkUser } = require('./validation.js');
const { conflict, invalid, notFound, unauthorized } = require('./errors.js');

class UserService {
  constructor({ users, throttle }) {
    this.users = users;
    this.throttle = throttle;
  }

  async #ensureFree({ email, username }, selfId) {
    const taken = {};
    if (email) { const other = await this.users.findByEmail(email); if (other && other.id !== selfId) taken.email = ['has already been taken']; }
    if (username) { const other = await this.users.findByUsername(username); if (other && other.id !== selfId) taken.username = ['has already been taken']; }
    if (Object.keys(taken).length) throw conflict(taken);
  }

  async register(payload) {
    const data = checkUser(section(payload, 'user'), true);
    await this.#ensureFree(data);
    const user = await this.users.create({ email: data.email, username: data.username, passwordHash: security.hashPassword(data.password) });
    return this.userBody(user);
  }

  async login(payload, clientIp) {
    this.throttle.check(clientIp);
    const data = section(payload, 'user');
    const missing = {};
    for (const field of ['email', 'password']) if (!data[field]) missing[field] = ["can't be blank"];
    if (Object.keys(missing).length) throw invalid(missing);
    const user = await this.users.findByEmail(data.email);
    if (!user || !security.verifyPassword(data.password, user.passwordHash)) throw unauthorized('email or password is invalid');
    return this.userBody(user);
  }

  async authenticate(header) {
    if (!header || !header.startsWith('Token ')) throw unauthorized('missing authorization header');
    const id = security.readToken(header.slice(6).trim());
    const user = id ? await this.users.findById(id) : null;
    if (!user) throw unauthorized('invalid token');
    return user;
  }

  optionalUser(header) { return header ? this.authenticate(header) : null; }

  async update(user, payload) {
    const data = checkUser(section(payload, 'user'), false);
    await this.#ensureFree(data, user.id);
    const changes = {};
    for (const field of ['email', 'username', 'bio', 'image']) if (field in data) changes[field] = data[field];
    if (data.password) changes.passwordHash = security.hashPassword(data.password);
    return this.userBody(await this.users.update(user, changes));
  }

  userBody(user) {
    return { user: { email: user.email, username: user.username, bio: user.bio, image: user.image, token: security.issueToken(user.id) } };
  }

  async profileOf(user, viewer) {
    const following = viewer ? await this.users.isFollowing(viewer.id, user.id) : false;
    return { username: user.username, bio: user.bio, image: user.image, following };
  }

  async profile(username, viewer) {
    const user = await this.users.findByUsername(username);
    if (!user) throw notFound('profile');
    return { profile: await this.profileOf(user, viewer) };
  }

  async follow(viewer, username, on) {
    const user = await this.users.findByUsername(username);
    if (!user) throw notFound('profile');
    if (on) await this.users.follow(viewer.id, user.id);
    else await this.users.unfollow(viewer.id, user.id);
    return { profile: await this.profileOf(user, viewer) };
  }
}

module.exports = { UserService };
