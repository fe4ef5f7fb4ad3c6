'use strict';
const { Hono } = require('hono');
const userService = require('../services/userService');
const { viewerFrom, section } = require('./http');

const users = new Hono();
const viewer = (c, required) => viewerFrom(c.req.header('Authorization'), required);
const json = async (c) => c.req.json().catch(() => null);

users.post('/users', async (c) => c.json({ user: await userService.register(section(await json(c), 'user')) }, 201));
users.post('/users/login', async (c) => c.json({ user: await userService.login(section(await json(c), 'user')) }));
users.get('/user', async (c) => c.json({ user: userService.toUser(await viewer(c, true)) }));
users.put('/user', async (c) => c.json({ user: await userService.update(await viewer(c, true), section(await json(c), 'user')) }));
users.get('/profiles/:username', async (c) => c.json({ profile: await userService.profile(c.req.param('username'), await viewer(c, false)) }));
users.post('/profiles/:username/follow', async (c) => c.json({ profile: await userService.follow(await viewer(c, true), c.req.param('username'), true) }));
users.delete('/profiles/:username/follow', async (c) => c.json({ profile: await userService.follow(await viewer(c, true), c.req.param('username'), false) }));

module.exports = users;
