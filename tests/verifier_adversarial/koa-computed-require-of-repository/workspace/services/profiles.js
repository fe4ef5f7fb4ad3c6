'use strict';
const users = require('../repositories/users');
const { toProfile } = require('../models/profile');

function profile(username) {
  const user = users.byUsername(username);
  return user ? toProfile(user) : null;
}

module.exports = { profile };
