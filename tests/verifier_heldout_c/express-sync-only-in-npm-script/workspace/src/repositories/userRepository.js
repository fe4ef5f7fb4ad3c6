'use strict';
const { Op } = require('sequelize');
const { User } = require('../models');

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
  const follower = await User.findByPk(followerId);
  return follower ? follower.hasFollowing(followedId) : false;
}

async function setFollowing(followerId, followedId, on) {
  const follower = await User.findByPk(followerId);
  if (on) await follower.addFollowing(followedId);
  else await follower.removeFollowing(followedId);
}

async function followedIds(followerId) {
  const follower = await User.findByPk(followerId, { include: [{ association: 'following', attributes: ['id'] }] });
  return follower ? follower.following.map((u) => u.id) : [];
}

module.exports = { findById, findByEmail, findByUsername, findTaken, create, update, isFollowing, setFollowing, followedIds };
