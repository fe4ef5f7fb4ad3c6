'use strict';

const { Router } = require('express');

function profileRoutes(profiles, auth) {
  const router = Router();

  router.get('/profiles/:username', auth.optional, async (req, res) => {
    res.json({ profile: await profiles.get(req.params.username, req.userId) });
  });

  router.post('/profiles/:username/follow', auth.required, async (req, res) => {
    res.json({ profile: await profiles.follow(req.params.username, req.userId) });
  });

  router.delete('/profiles/:username/follow', auth.required, async (req, res) => {
    res.json({ profile: await profiles.unfollow(req.params.username, req.userId) });
  });

  return router;
}

module.exports = { profileRoutes };
