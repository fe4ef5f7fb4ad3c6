'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { freshContainer } = require('./helpers.js');

test('register then log in', async () => {
  const { userService, sequelize } = await freshContainer();
  const body = { user: { email: 'ann@example.com', username: 'ann', password: 'long enough' } };
  const created = await userService.register(body);
  assert.equal(created.user.username, 'ann');
  const again = await userService.login({ user: { email: 'ann@example.com', password: 'long enough' } }, '127.0.0.1');
  assert.ok(again.user.token);
  await sequelize.close();
});
