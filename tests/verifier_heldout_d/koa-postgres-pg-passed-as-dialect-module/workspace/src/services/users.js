'use strict';
const users = require('../repositories/users');
const { hashPassword, verifyPassword, signToken, readToken } = require('./auth');
const { validation, unauthorized, notFound } = require('./errors');

function userJson(user, token) {
  return { email: user.email, username: user.username, bio: user.bio, image: user.image, token };
}

function required(data, keys) {
  for (const key of keys) {
    if (typeof data[key] !== 'string' || !data[key].trim()) throw validation(key);
  }
}

async function register(data = {}) {
  required(data, ['username', 'email', 'password']);
  if (await users.findByUsername(data.username)) throw validation('username', 'has already been taken');
  if (await users.findByEmail(data.email)) throw validation('email', 'has already been taken');
  const user = await users.create({ username: data.username, email: data.email, passwordHash: hashPassword(data.password) });
  return userJson(user, signToken(user));
}

async function login(data = {}) {
  required(data, ['email', 'password']);
  const user = await users.findByEmail(data.email);
  if (!user || !verifyPassword(data.password, user.passwordHash)) throw unauthorized('email or password is invalid');
  return userJson(user, signToken(user));
}

async function authenticate(header) {
  const id = readToken(header);
  const user = id ? await users.findById(id) : null;
  if (!user) throw unauthorized();
  return user;
}

async function optionalUser(header) {
  if (!header) return null;
  try {
    return await authenticate(header);
  } catch {
    return null;
  }
}

async function updateUser(user, data = {}, token) {
  const fields = {};
  for (const key of ['username', 'email', 'bio', 'image']) if (key in data) fields[key] = data[key];
  if (data.password) fields.passwordHash = hashPassword(data.password);
  for (const key of ['username', 'email']) {
    if (!fields[key]) continue;
    const other = key === 'username' ? await users.findByUsername(fields[key]) : await users.findByEmail(fields[key]);
    if (other && other.id !== user.id) throw validation(key, 'has already been taken');
  }
  return userJson(await users.update(user.id, fields), token);
}

async function requireUser(username) {
  const user = await users.findByUsername(username);
  if (!user) throw notFound('profile not found');
  return user;
}

module.exports = { userJson, register, login, authenticate, optionalUser, updateUser, requireUser };
