const userRepository = require('../repositories/userRepository');
const toProfile = require('../models/profile');
exports.follow = async (me, username) => {
  const user = await userRepository.findByUsername(username);
  user.followers = [...new Set([...(user.followers || []), me])];
  await userRepository.save(user);
  return toProfile(user, true);
};
