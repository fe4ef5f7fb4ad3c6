const router = require('express').Router();
const feedService = require('../services/feedService');

router.get('/feed', async (req, res) => {
  if (!req.user) return res.status(401).json({ errors: { body: ['unauthorized'] } });
  const articles = await feedService.feed(req.user, Number(req.query.limit) || 20, Number(req.query.offset) || 0);
  res.json({ articles, articlesCount: articles.length });
});
module.exports = router;
