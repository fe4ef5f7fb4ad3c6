'use strict';
// Registration, login, the current user, and who a token belongs to.
const { Conflict, Unauthorized, ValidationFailed } = require('./errors');
const { userJson } = require('./presenters');
const { Form, envelope } = require('./validation');

class UserService {
  /**
   * `loginThrottle` (optional) admits or refuses each login attempt per client;
   * `takenIsConflict` reports a username or email already in use as a Conflict rather than
   * as invalid input, as an error contract may ask.
   */
  constructor({ users, hasher, tokens, loginThrottle = null, takenIsConflict = false }) {
    this.users = users;
    this.hasher = hasher;
    this.tokens = tokens;
    this.loginThrottle = loginThrottle;
    this.takenIsConflict = takenIsConflict;
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

  /** Each of username and email that another user (than `exceptId`) has, under its own key. */
  async refuseTaken(fields, exceptId = null) {
    const problems = {};
    for (const [field, value] of Object.entries(fields)) {
      if (value !== undefined && (await this.users.isTaken(field, value, exceptId))) {
        problems[field] = ['has already been taken'];
      }
    }
    if (Object.keys(problems).length === 0) return;
    throw this.takenIsConflict ? new Conflict(problems) : new ValidationFailed(problems);
  }

  async register(payload) {
    const form = new Form(envelope(payload, 'user'));
    const username = form.username({ required: true });
    const email = form.email({ required: true });
    const password = form.text('password', { required: true });
    form.check();
    await this.refuseTaken({ username, email });
    const user = await this.users.create({
      username,
      email,
      passwordHash: await this.hasher.hash(password),
      bio: null,
      image: null,
    });
    return this.present(user);
  }

  /** Called before the request body is even read: a refused attempt costs nothing. */
  admitLogin(client) {
    if (this.loginThrottle) this.loginThrottle.admit(client);
  }

  async login(payload) {
    const form = new Form(envelope(payload, 'user'));
    // Presence only: a password that breaks today's rules may still be someone's (then 401).
    const email = form.text('email', { required: true });
    const password = form.text('password', { required: true, rule: 'text' });
    form.check();
    const user = await this.users.findByEmail(email.trim());
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
    const form = new Form(envelope(payload, 'user'));
    const username = form.username();
    const email = form.email();
    const password = form.text('password');
    const bio = form.text('bio', { nullable: true });
    const image = form.image();
    form.check();
    await this.refuseTaken({ username, email }, user.id);
    const changes = {};
    if (username !== undefined) changes.username = username;
    if (email !== undefined) changes.email = email;
    if (password !== undefined) changes.passwordHash = await this.hasher.hash(password);
    // bio and image are cleared with "" or null.
    if (bio !== undefined) changes.bio = bio || null;
    if (image !== undefined) changes.image = image || null;
    return this.present(await this.users.update(user.id, changes));
  }
}

module.exports = { UserService };
