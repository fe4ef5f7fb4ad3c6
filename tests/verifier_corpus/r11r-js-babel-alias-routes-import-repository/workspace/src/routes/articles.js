const express = require('express');
const { findBySlug } = require('repos/articleRepository');

const router = express.Router();

router.get('/articles/:slug', async (req, res) => {
  const article = await findBySlug(req.params.slug);
  if (!article) return res.status(404).json({ errors: { body: ['article not found'] } });
  return res.json({ article });
});

module.exports = router;
