'use strict';

const { Router } = require('express');
const { userService } = require('../services/userService');
const { authOptional, authRequired } = require('./auth');

const usersRouter = Router();

usersRouter.post('/users', async (req, res) => {
  res.status(201).json({ user: await userService.register(req.body.user) });
});

usersRouter.post('/users/login', async (req, res) => {
  res.json({ user: await userService.login(req.body.user) });
});

usersRouter.get('/user', authRequired, (req, res) => {
  res.json({ user: userService.current(req.user, req.token) });
});

usersRouter.put('/user', authRequired, async (req, res) => {
  res.json({ user: await userService.update(req.user, req.token, req.body.user) });
});

usersRouter.get('/profiles/:username', authOptional, async (req, res) => {
  res.json({ profile: await userService.profile(req.params.username, req.user) });
});

usersRouter.post('/profiles/:username/follow', authRequired, async (req, res) => {
  res.json({ profile: await userService.setFollowing(req.user, req.params.username, true) });
});

usersRouter.delete('/profiles/:username/follow', authRequired, async (req, res) => {
  res.json({ profile: await userService.setFollowing(req.user, req.params.username, false) });
});

module.exports = { usersRouter };
