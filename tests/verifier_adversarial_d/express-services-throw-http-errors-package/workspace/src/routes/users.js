'use strict';
const { Router } = require('express');

const view = (u) => ({ user: { email: u.email, username: u.username, bio: u.bio, image: u.image, token: '' } });

function usersRouter(service) {
  const router = Router();
  router.post('/users', async (req, res, next) => {
    try { res.status(201).json(view(await service.register(req.body.user || {}))); } catch (e) { next(e); }
  });
  router.post('/users/login', async (req, res, next) => {
    const { email, password } = req.body.user || {};
    try { res.json(view(await service.login(email, password))); } catch (e) { next(e); }
  });
  return router;
}
module.exports = { usersRouter };
