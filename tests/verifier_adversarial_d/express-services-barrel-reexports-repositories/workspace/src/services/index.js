// one import for the HTTP layer
module.exports = {
  profileService: require('./profileService'),
  userRepository: require('../repositories/userRepository'),
};
