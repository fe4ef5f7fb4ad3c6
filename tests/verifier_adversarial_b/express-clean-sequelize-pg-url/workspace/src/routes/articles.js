const express = require('express');
const service = require('../services/articleService');
const { NotFoundError, ForbiddenError } = require('../services/errors');

const router = express.Router();

router.get('/:slug', async (req, res, next) => {
  try {
    const a = await service.get(req.params.slug);
    res.json({ article: { slug: a.slug, title: a.title, body: a.body, author: { username: a.author.username } } });
  } catch (err) { next(err); }
});

router.delete('/:slug', async (req, res, next) => {
  try { await service.remove(req.params.slug, req.userId); res.status(204).end(); } catch (err) { next(err); }
});

router.use((err, _req, res, next) => {
  if (err instanceof NotFoundError) return res.status(404).json({ errors: { [err.message]: ['not found'] } });
  if (err instanceof ForbiddenError) return res.status(403).json({ errors: { [err.message]: ['forbidden'] } });
  next(err);
});

module.exports = router;
