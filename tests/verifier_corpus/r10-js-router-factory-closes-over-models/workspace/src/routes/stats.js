const express = require('express');

function statsRouter(models) {
  const router = express.Router();
  router.get('/stats', async (req, res) => {
    res.json({ articles: await models.Article.count() });
  });
  return router;
}

module.exports = { statsRouter };
