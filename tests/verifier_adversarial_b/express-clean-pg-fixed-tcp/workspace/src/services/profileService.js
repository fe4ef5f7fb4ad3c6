const users = require('../repositories/userRepository');
const HttpError = require('./httpError');

exports.get = async (username) => {
  const user = await users.byUsername(username);
  if (!user) throw new HttpError(404, 'profile', 'not found');
  return { username: user.username, bio: user.bio, image: user.image, following: false };
};
