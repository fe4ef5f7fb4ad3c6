const { users } = require('../repositories');
const toProfile = require('../models/profile');

exports.get = (username) => {
  const row = users.byUsername(username);
  return row ? toProfile(row) : null;
};
