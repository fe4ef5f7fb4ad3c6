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

router.get('/profiles/:username', async (req, res, next) => {
  try {
    const { userService } = req.container.cradle;
    res.json({ profile: await userService.profile(req.params.username, null) });
  } catch (err) {
    if (err instanceof NotFoundError) return res.status(404).json({ errors: { body: [err.message] } });
    return next(err);
  }
});

module.exports = router;
