const { Router } = require('express');
const articleService = require('../services/articleService');

const router = Router();
router.delete('/:slug', (req, res) => {
  const exists = require('../db').prepare('SELECT 1 FROM articles WHERE slug = ?').get(req.params.slug);
  if (!exists) return res.status(404).json({ errors: { article: ['not found'] } });
  articleService.remove(req.params.slug);
  res.status(204).end();
});
router.get('/:slug', (req, res) => {
  const article = articleService.get(req.params.slug);
  if (!article) return res.status(404).json({ errors: { article: ['not found'] } });
  res.json({ article });
});
module.exports = router;
