const profiles = require('../repositories/profileRepository');

exports.get = async (username, viewerId) => {
  const user = await profiles.byUsername(username);
  if (!user) return null;
  return { username: user.username, following: viewerId ? await profiles.isFollowing(viewerId, user.id) : false };
};
