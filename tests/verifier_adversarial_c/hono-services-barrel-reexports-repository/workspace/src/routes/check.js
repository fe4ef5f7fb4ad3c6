const { Hono } = require('hono');
const { UserRepository } = require('../services');

const check = new Hono();
const users = new UserRepository();

check.get('/users/available/:username', async (c) => {
  const taken = await users.findByUsername(c.req.param('username'));
  return c.json({ available: !taken });
});

module.exports = { check };
