'use strict';
const crypto = require('crypto');
const jwt = require('jsonwebtoken');
const users = require('../repositories/userRepository');
const { ConflictError, NotFoundError, UnauthorizedError, ValidationError } = require('./errors');

const SECRET = process.env.JWT_SECRET || 'conduit-secret-change-me';

function hashPassword(password, salt = crypto.randomBytes(16).toString('hex')) {
  const digest = crypto.scryptSync(password, salt, 64).toString('hex');
  return `${salt}$${digest}`;
}

function checkPassword(password, stored) {
  const [salt] = stored.split('$');
  return crypto.timingSafeEqual(Buffer.from(hashPassword(password, salt)), Buffer.from(stored));
}

function tokenFor(user) {
  return jwt.sign({ sub: user.id }, SECRET, { expiresIn: '1d' });
}

function toUser(user) {
  return { email: user.email, username: user.username, bio: user.bio, image: user.image, token: tokenFor(user) };
}

async function fromToken(token) {
  let payload;
  try {
    payload = jwt.verify(token, SECRET);
  } catch (err) {
    throw new UnauthorizedError('invalid token');
  }
  const user = await users.findById(payload.sub);
  if (!user) throw new UnauthorizedError('invalid token');
  return user;
}

async function register({ username, email, password } = {}) {
  for (const [key, value] of Object.entries({ username, email, password })) {
    if (!value) throw new ValidationError("can't be blank", key);
  }
  const taken = await users.findTaken({ email, username });
  if (taken.length) throw new ConflictError('has already been taken', taken[0]);
  return toUser(await users.create({ username, email, passwordHash: hashPassword(password) }));
}

async function login({ email, password } = {}) {
  const user = email ? await users.findByEmail(email) : null;
  if (!user || !password || !checkPassword(password, user.passwordHash)) {
    throw new UnauthorizedError('email or password is invalid');
  }
  return toUser(user);
}

async function update(user, fields = {}) {
  const changes = { ...fields };
  if (changes.password) changes.passwordHash = hashPassword(changes.password);
  delete changes.password;
  const taken = await users.findTaken({ email: changes.email, username: changes.username }, user.id);
  if (taken.length) throw new ConflictError('has already been taken', taken[0]);
  return toUser(await users.update(user, changes));
}

async function profile(username, viewer) {
  const target = await users.findByUsername(username);
  if (!target) throw new NotFoundError('profile not found');
  const following = viewer ? await users.isFollowing(viewer.id, target.id) : false;
  return { username: target.username, bio: target.bio, image: target.image, following };
}

async function follow(viewer, username, on) {
  const target = await users.findByUsername(username);
  if (!target) throw new NotFoundError('profile not found');
  await users.setFollowing(viewer.id, target.id, on);
  return profile(username, viewer);
}

module.exports = { fromToken, register, login, update, profile, follow, toUser };
