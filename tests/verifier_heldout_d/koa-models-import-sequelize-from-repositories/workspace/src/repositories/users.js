'use strict';
const { models } = require('./db');

const { User, Follow } = models;

async function findById(id) {
  return User.findByPk(id);
}

async function findByEmail(email) {
  return User.findOne({ where: { email } });
}

async function findByUsername(username) {
  return User.findOne({ where: { username } });
}

async function create(fields) {
  return User.create(fields);
}

async function update(id, fields) {
  const user = await User.findByPk(id);
  return user.update(fields);
}

async function isFollowing(followerId, followedId) {
  return (await Follow.count({ where: { followerId, followedId } })) > 0;
}

async function follow(followerId, followedId) {
  await Follow.findOrCreate({ where: { followerId, followedId } });
}

async function unfollow(followerId, followedId) {
  await Follow.destroy({ where: { followerId, followedId } });
}

async function followedIds(followerId) {
  const rows = await Follow.findAll({ where: { followerId } });
  return rows.map((row) => row.followedId);
}

module.exports = { findById, findByEmail, findByUsername, create, update, isFollowing, follow, unfollow, followedIds };
