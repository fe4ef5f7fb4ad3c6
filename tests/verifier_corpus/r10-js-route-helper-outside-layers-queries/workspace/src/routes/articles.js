const express = require('express');
const articleService = require('../services/articleService');

const { slugIsFree } = require('../checks/slug');

const router = express.Router();

router.get('/articles/:slug', async (req, res) => {
  try {
    if (await slugIsFree(req.params.slug)) {
      res.status(404).end();
      return;
    }
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
