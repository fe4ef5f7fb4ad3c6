'use strict';
const { Op } = require('sequelize');
const Redis = require('ioredis');
const { User } = require('../models');

const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379');

async function findById(id) {
  return User.findByPk(id);
}

async function findByEmail(email) {
  return User.findOne({ where: { email } });
}

async function findByUsername(username) {
  return User.findOne({ where: { username } });
}

async function findTaken({ email, username }, excludeId) {
  const rows = await User.findAll({ where: { [Op.or]: [{ email: email || '' }, { username: username || '' }] } });
  const taken = [];
  for (const row of rows) {
    if (row.id === excludeId) continue;
    if (row.email === email) taken.push('email');
    if (row.username === username) taken.push('username');
  }
  return taken;
}

async function create(fields) {
  return User.create(fields);
}

async function update(user, fields) {
  return user.update(fields);
}

async function isFollowing(followerId, followedId) {
  return (await redis.sismember(`following:${followerId}`, String(followedId))) === 1;
}

async function setFollowing(followerId, followedId, on) {
  if (on) await redis.sadd(`following:${followerId}`, String(followedId));
  else await redis.srem(`following:${followerId}`, String(followedId));
}

async function followedIds(followerId) {
  return (await redis.smembers(`following:${followerId}`)).map(Number);
}

module.exports = { findById, findByEmail, findByUsername, findTaken, create, update, isFollowing, setFollowing, followedIds };
