'use strict';
require('./setup');
const test = require('node:test');
const assert = require('node:assert');

test('registers a user', async () => {
  const { sequelize } = require('../src/models');
  await sequelize.sync();
  const userService = require('../src/services/userService');
  const user = await userService.register({ username: 'bob', email: 'bob@x.io', password: 'password1' });
  assert.equal(user.username, 'bob');
});
