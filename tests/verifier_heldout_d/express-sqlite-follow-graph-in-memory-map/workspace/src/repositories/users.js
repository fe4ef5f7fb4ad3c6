'use strict';
const { models } = require('./db');

const { User } = models;

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

// Follow graph: followerId -> Set of followed user ids. Small and hot, so it lives next to the process.
const following = new Map();

function followedSet(followerId) {
  if (!following.has(followerId)) following.set(followerId, new Set());
  return following.get(followerId);
}

async function isFollowing(followerId, followedId) {
  return followedSet(followerId).has(followedId);
}

async function follow(followerId, followedId) {
  followedSet(followerId).add(followedId);
}

async function unfollow(followerId, followedId) {
  followedSet(followerId).delete(followedId);
}

async function followedIds(followerId) {
  return [...followedSet(followerId)];
}

module.exports = { findById, findByEmail, findByUsername, create, update, isFollowing, follow, unfollow, followedIds };
