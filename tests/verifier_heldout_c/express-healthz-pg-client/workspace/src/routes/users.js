'use strict';
const express = require('express');
const userService = require('../services/userService');
const { viewerFrom, section } = require('./http');

const router = express.Router();
const wrap = (fn) => (req, res, next) => fn(req, res).catch(next);

router.post('/users', wrap(async (req, res) => {
  res.status(201).json({ user: await userService.register(section(req.body, 'user')) });
}));
router.post('/users/login', wrap(async (req, res) => {
  res.json({ user: await userService.login(section(req.body, 'user')) });
}));
router.get('/user', wrap(async (req, res) => {
  const viewer = await viewerFrom(req.get('Authorization'), true);
  res.json({ user: userService.toUser(viewer) });
}));
router.put('/user', wrap(async (req, res) => {
  const viewer = await viewerFrom(req.get('Authorization'), true);
  res.json({ user: await userService.update(viewer, section(req.body, 'user')) });
}));
router.get('/profiles/:username', wrap(async (req, res) => {
  const viewer = await viewerFrom(req.get('Authorization'), false);
  res.json({ profile: await userService.profile(req.params.username, viewer) });
}));
router.post('/profiles/:username/follow', wrap(async (req, res) => {
  const viewer = await viewerFrom(req.get('Authorization'), true);
  res.json({ profile: await userService.follow(viewer, req.params.username, true) });
}));
router.delete('/profiles/:username/follow', wrap(async (req, res) => {
  const viewer = await viewerFrom(req.get('Authorization'), true);
  res.json({ profile: await userService.follow(viewer, req.params.username, false) });
}));

module.exports = router;
