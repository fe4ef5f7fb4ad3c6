'use strict';
const users = require('../repositories/users');
const { requireUser } = require('./users');

async function profileJson(user, viewer) {
  const following = viewer ? await users.isFollowing(viewer.id, user.id) : false;
  return { username: user.username, bio: user.bio, image: user.image, following };
}

async function getProfile(username, viewer) {
  return profileJson(await requireUser(username), viewer);
}

async function follow(username, viewer) {
  const target = await requireUser(username);
  await users.follow(viewer.id, target.id);
  return profileJson(target, viewer);
}

async function unfollow(username, viewer) {
  const target = await requireUser(username);
  await users.unfollow(viewer.id, target.id);
  return profileJson(target, viewer);
}

module.exports = { profileJson, getProfile, follow, unfollow };
