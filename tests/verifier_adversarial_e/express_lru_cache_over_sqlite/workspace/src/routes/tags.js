const express = require('express');
const db = require('../db');
const cache = require('../cache');

const router = express.Router();
const allTags = db.prepare('SELECT DISTINCT tag FROM article_tags ORDER BY tag');

router.get('/tags', (req, res) => {
  const tags = cache.remember('tags', () => allTags.all().map((r) => r.tag));
  res.json({ tags });
});

module.exports = router;
