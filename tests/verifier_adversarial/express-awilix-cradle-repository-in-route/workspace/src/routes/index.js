'use strict';
const express = require('express');
const { NotFoundError } = require('../services/errors');

const router = express.Router();

router.get('/health-check', (req, res) => res.json({ status: 'ok' }));

router.get('/articles/:slug', async (req, res, next) => {
  try {
    const { articleService } = req.container.cradle;
    res.json({ article: await articleService.get(req.params.slug, null) });
  } catch (err) {
    if (err instanceof NotFoundError) return res.status(404).json({ errors: { body: [err.message] } });
    return next(err);
  }
});

router.get('/profiles/:username', async (req, res) => {
  // the profile is a plain read: no use case to run
  const { userRepository } = req.container.cradle;
  const user = await userRepository.findByUsername(req.params.username);
  if (!user) return res.status(404).json({ errors: { body: ['profile not found'] } });
  return res.json({ profile: { username: user.username, bio: user.bio, image: user.image, following: false } });
});

module.exports = router;
