const express = require('express');
const favoriteService = require('../services/favoriteService');
const articleService = require('../services/articleService');
const authService = require('../services/authService');

const router = express.Router();

router.post('/articles/:slug/favorite', async (req, res, next) => {
  try {
    const user = await authService.userFromToken((req.get('Authorization') || '').slice(6));
    if (!user) return res.status(401).json({ errors: { body: ['unauthorized'] } });
    await favoriteService.favorite(user, req.params.slug);
    res.json({ article: await articleService.getArticle(req.params.slug, user) });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
