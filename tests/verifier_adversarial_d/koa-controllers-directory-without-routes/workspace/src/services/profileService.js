const repo = require('../repositories/userRepository');
const toProfile = require('../models/profile');

exports.get = async (username, viewer) => {
  const user = await repo.byUsername(username);
  return user && toProfile(user, viewer && (await repo.follows(viewer.username, username)));
};
exports.follow = async (username, viewer) => {
  await repo.follow(viewer.username, username);
  return toProfile(await repo.byUsername(username), true);
};
