'use strict';

const { hashPassword, signToken, tokenFromHeader, verifyPassword, verifyToken } = require('../auth.js');
const { invalid, notFound, unauthorized } = require('../errors.js');
const users = require('../repositories/users.js');

const userJson = (u) => ({ email: u.email, username: u.username, bio: u.bio ?? null, image: u.image ?? null, token: signToken(u.id) });

async function profileJson(u, viewerId) {
  return { username: u.username, bio: u.bio ?? null, image: u.image ?? null, following: await users.isFollowing(viewerId, u.id) };
}

function required(data, ...fields) {
  for (const f of fields) {
    if (typeof data?.[f] !== 'string' || !data[f].trim()) throw invalid(f, "can't be blank");
  }
}

async function register(data) {
  required(data, 'username', 'email', 'password');
  if (await users.findByEmail(data.email)) throw invalid('email', 'has already been taken');
  if (await users.findByUsername(data.username)) throw invalid('username', 'has already been taken');
  const user = await users.insert({ email: data.email, username: data.username, passwordHash: hashPassword(data.password) });
  return userJson(user);
}

async function login(data) {
  required(data, 'email', 'password');
  const user = await users.findByEmail(data.email);
  if (!user || !verifyPassword(data.password, user.password_hash)) throw unauthorized('email or password is invalid');
  return userJson(user);
}

async function current(userId) {
  const user = await users.findById(userId);
  if (!user) throw unauthorized();
  return userJson(user);
}

async function update(userId, data) {
  const fields = {};
  for (const f of ['email', 'username', 'bio', 'image']) if (f in data) fields[f] = data[f];
  if (data.password) fields.password_hash = hashPassword(data.password);
  return userJson(await users.update(userId, fields));
}

async function profile(username, viewerId) {
  const user = await users.findByUsername(username);
  if (!user) throw notFound('profile');
  return profileJson(user, viewerId);
}

async function setFollowing(username, viewerId, on) {
  const user = await users.findByUsername(username);
  if (!user) throw notFound('profile');
  if (on) await users.follow(viewerId, user.id);
  else await users.unfollow(viewerId, user.id);
  return profileJson(user, viewerId);
}

async function resolveViewer(header, required = false) {
  if (!header) {
    if (required) throw unauthorized();
    return null;
  }
  const token = tokenFromHeader(header);
  const id = token && verifyToken(token);
  if (!id || !(await users.findById(id))) throw unauthorized();
  return id;
}

module.exports = { userJson, profileJson, register, login, current, update, profile, setFollowing, resolveViewer };
