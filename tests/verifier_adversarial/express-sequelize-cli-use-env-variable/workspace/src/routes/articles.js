'use strict';
const express = require('express');
const articleService = require('../services/articleService');
const { NotFoundError } = require('../services/errors');

const router = express.Router();

router.get('/', async (req, res, next) => {
  try {
    res.json(await articleService.listArticles({ author: req.query.author, limit: Number(req.query.limit) || 20, offset: Number(req.query.offset) || 0 }));
  } catch (err) { next(err); }
});

router.get('/:slug', async (req, res, next) => {
  try {
    res.json({ article: await articleService.getArticle(req.params.slug) });
  } catch (err) {
    if (err instanceof NotFoundError) return res.status(404).json({ errors: { body: [err.message] } });
    return next(err);
  }
});

module.exports = router;
