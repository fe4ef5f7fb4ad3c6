'use strict';
const { Router } = require('express');
const userService = require('../services/users');
const profileService = require('../services/profiles');
const { authRequired, authOptional, wrap } = require('./middleware');

const usersRouter = Router();

usersRouter.post('/users', wrap(async (req, res) => {
  res.status(201).json({ user: await userService.register(req.body?.user) });
}));

usersRouter.post('/users/login', wrap(async (req, res) => {
  res.json({ user: await userService.login(req.body?.user) });
}));

usersRouter.get('/user', authRequired, wrap(async (req, res) => {
  res.json({ user: userService.userJson(req.user, req.token) });
}));

usersRouter.put('/user', authRequired, wrap(async (req, res) => {
  res.json({ user: await userService.updateUser(req.user, req.body?.user, req.token) });
}));

usersRouter.get('/profiles/:username', authOptional, wrap(async (req, res) => {
  res.json({ profile: await profileService.getProfile(req.params.username, req.user) });
}));

usersRouter.post('/profiles/:username/follow', authRequired, wrap(async (req, res) => {
  res.json({ profile: await profileService.follow(req.params.username, req.user) });
}));

usersRouter.delete('/profiles/:username/follow', authRequired, wrap(async (req, res) => {
  res.json({ profile: await profileService.unfollow(req.params.username, req.user) });
}));

module.exports = { usersRouter };
