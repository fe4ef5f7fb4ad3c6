const { Router } = require('express');
const articles = require('../services/articleService');
const { AppError } = require('../services/errors');

const router = Router();
router.put('/articles/:slug', async (req, res) => {
  try {
    res.json({ article: await articles.update(req.params.slug, req.userId, req.body.article || {}) });
  } catch (err) {
    if (err instanceof AppError) return res.status(err.status).json({ errors: { body: [err.message] } });
    throw err;
  }
});
module.exports = router;
