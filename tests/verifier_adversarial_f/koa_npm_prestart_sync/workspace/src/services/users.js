'use strict';
const users = require('../repositories/users');
const security = require('./security');
const { AppError, invalid, notFound, unauthorized } = require('./errors');

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const USERNAME = /^[A-Za-z0-9_-]{3,32}$/;

const presentUser = (u) => ({ email: u.email, username: u.username, bio: u.bio, image: u.image, token: security.issueToken(u) });
const presentProfile = (u, viewer) => ({
  username: u.username, bio: u.bio, image: u.image,
  following: Boolean(viewer && viewer.following.some((f) => f.id === u.id)),
});

async function register(data) {
  if (typeof data.email !== 'string' || !EMAIL.test(data.email) || data.email.length > 254) throw invalid('email', 'is invalid');
  if (typeof data.username !== 'string' || !USERNAME.test(data.username)) throw invalid('username', 'is invalid');
  if (typeof data.password !== 'string' || data.password.length < 8 || data.password.length > 72) throw invalid('password', 'is invalid');
  const clash = await users.taken(data.username, data.email);
  if (clash.length) {
    const error = new AppError(409, 'username', 'has already been taken');
    error.errors = {};
    if (clash.some((u) => u.username === data.username)) error.errors.username = ['has already been taken'];
    if (clash.some((u) => u.email === data.email)) error.errors.email = ['has already been taken'];
    throw error;
  }
  const user = await users.create({ email: data.email, username: data.username, passwordHash: security.hashPassword(data.password) });
  return presentUser(user);
}

async function login(data) {
  if (!data.email || !data.password) throw invalid('body', 'email and password are required');
  const user = await users.byEmail(data.email);
  if (!user || !security.verifyPassword(data.password, user.passwordHash)) throw new AppError(401, 'body', 'invalid credentials');
  return presentUser(user);
}

async function current(userId) {
  const user = userId && await users.byId(userId);
  if (!user) throw unauthorized();
  return presentUser(user);
}

async function profile(username, viewerId) {
  const user = await users.byUsername(username);
  if (!user) throw notFound('profile');
  const viewer = viewerId ? await users.byId(viewerId) : null;
  return presentProfile(user, viewer);
}

module.exports = { register, login, current, profile, presentProfile };
