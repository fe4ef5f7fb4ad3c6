const router = require('express').Router();

router.get('/:slug', async (req, res) => {
  const article = await req.container.resolve('articleService').get(req.params.slug);
  article ? res.json({ article }) : res.status(404).json({ errors: { body: ['not found'] } });
});

router.delete('/:slug', async (req, res) => {
  const repo = req.container.resolve('articleRepository');
  const article = await repo.findBySlug(req.params.slug);
  if (!article) return res.status(404).json({ errors: { body: ['not found'] } });
  if (article.authorId !== req.userId) return res.status(403).json({ errors: { body: ['forbidden'] } });
  await repo.destroy(req.params.slug);
  res.json({});
});
module.exports = router;
