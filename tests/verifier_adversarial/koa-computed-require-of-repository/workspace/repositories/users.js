'use strict';

const users = new Map();

module.exports = {
  byUsername: (username) => users.get(username) || null,
  save: (user) => users.set(user.username, user) && user,
};
