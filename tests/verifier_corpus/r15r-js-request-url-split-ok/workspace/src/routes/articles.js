const express = require('express');
const articleService = require('../services/articleService');

const router = express.Router();

router.get('/articles/:slug', async (req, res) => {
  try {
    const article = await articleService.getArticle(req.params.slug);
    res.json({ article });
  } catch (err) {
    if (err instanceof articleService.NotFoundError) {
      res.status(404).json({ errors: { body: [err.message] } });
      return;
    }
    throw err;
  }
});

module.exports = router;
