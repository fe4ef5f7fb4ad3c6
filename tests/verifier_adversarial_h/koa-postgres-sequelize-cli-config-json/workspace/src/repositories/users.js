'use strict';

const { Follow, User } = require('../models/index.js');

const findById = (id) => User.findByPk(id, { raw: true });
const findByEmail = (email) => User.findOne({ where: { email }, raw: true });
const findByUsername = (username) => User.findOne({ where: { username }, raw: true });

async function insert({ email, username, passwordHash }) {
  const user = await User.create({ email, username, password_hash: passwordHash });
  return user.get({ plain: true });
}

async function update(id, fields) {
  if (Object.keys(fields).length) await User.update(fields, { where: { id } });
  return findById(id);
}

async function isFollowing(followerId, followedId) {
  if (!followerId) return false;
  return (await Follow.count({ where: { follower_id: followerId, followed_id: followedId } })) > 0;
}

const follow = (followerId, followedId) =>
  Follow.findOrCreate({ where: { follower_id: followerId, followed_id: followedId } });

const unfollow = (followerId, followedId) =>
  Follow.destroy({ where: { follower_id: followerId, followed_id: followedId } });

module.exports = { findById, findByEmail, findByUsername, insert, update, isFollowing, follow, unfollow };
