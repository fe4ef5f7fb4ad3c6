'use strict';
const bcrypt = require('bcryptjs');
const jwt = require('jsonwebtoken');
const { User } = require('../models/index.js');

const SECRET = process.env.JWT_SECRET || 'secret';
const body = (u) => ({ user: { email: u.email, username: u.username, bio: u.bio, image: u.image, token: jwt.sign({ id: u.id }, SECRET) } });

async function currentUser(ctx) {
  const header = ctx.get('Authorization');
  if (!header.startsWith('Token ')) ctx.throw(401, 'missing token');
  try {
    return await User.findByPk(jwt.verify(header.slice(6), SECRET).id);
  } catch {
    return ctx.throw(401, 'invalid token');
  }
}

async function register(ctx) {
  const { email, username, password } = ctx.request.body.user || {};
  if (!email || !username || !password) ctx.throw(422, 'email, username and password are required');
  const user = await User.create({ email, username, passwordHash: await bcrypt.hash(password, 10) });
  ctx.status = 201;
  ctx.body = body(user);
}

async function login(ctx) {
  const { email, password } = ctx.request.body.user || {};
  const user = await User.findOne({ where: { email } });
  if (!user || !(await bcrypt.compare(password || '', user.passwordHash))) ctx.throw(401, 'invalid credentials');
  ctx.body = body(user);
}

async function current(ctx) {
  ctx.body = body(await currentUser(ctx));
}

module.exports = { register, login, current, currentUser };
