const router = require('express').Router();
const service = require('../services/favorites');
router.post('/:slug/favorite', async (req, res) => {
  const article = await service.favorite(req.userId, req.params.slug);
  article ? res.json({ article }) : res.status(404).json({ errors: { body: ['not found'] } });
});
module.exports = router;
