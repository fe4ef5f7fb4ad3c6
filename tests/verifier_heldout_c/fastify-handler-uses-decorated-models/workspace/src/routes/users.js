'use strict';
const userService = require('../services/userService');
const { viewerFrom, section } = require('./http');

async function userRoutes(app) {
  const viewer = (req, required) => viewerFrom(req.headers.authorization, required);
  app.post('/users', async (req, reply) => reply.code(201).send({ user: await userService.register(section(req.body, 'user')) }));
  app.post('/users/login', async (req) => ({ user: await userService.login(section(req.body, 'user')) }));
  app.get('/user', async (req) => ({ user: userService.toUser(await viewer(req, true)) }));
  app.put('/user', async (req) => ({ user: await userService.update(await viewer(req, true), section(req.body, 'user')) }));
  app.get('/profiles/:username', async (req) => ({ profile: await userService.profile(req.params.username, await viewer(req, false)) }));
  app.post('/profiles/:username/follow', async (req) => ({ profile: await userService.follow(await viewer(req, true), req.params.username, true) }));
  app.delete('/profiles/:username/follow', async (req) => ({ profile: await userService.follow(await viewer(req, true), req.params.username, false) }));
}

module.exports = userRoutes;
