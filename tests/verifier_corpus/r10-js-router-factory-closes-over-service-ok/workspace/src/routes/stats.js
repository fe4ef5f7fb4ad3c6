const express = require('express');

function statsRouter(articles) {
  const router = express.Router();
  router.get('/stats/:slug', async (req, res) => {
    res.json({ article: await articles.getArticle(req.params.slug) });
  });
  return router;
}

module.exports = { statsRouter };
