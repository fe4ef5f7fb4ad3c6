'use strict';
const articleService = require('../../services/articleService');

async function listTags(req, res) {
  res.json({ tags: await articleService.tags() });
}

module.exports = { listTags };
