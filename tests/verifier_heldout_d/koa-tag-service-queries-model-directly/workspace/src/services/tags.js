'use strict';
const { models } = require('../repositories/db');

async function popularTags(limit = 50) {
  const rows = await models.Article.findAll({ attributes: ['tagList'], order: [['createdAt', 'DESC']], limit: 500 });
  const counts = new Map();
  for (const row of rows) for (const tag of row.tagList || []) counts.set(tag, (counts.get(tag) || 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([tag]) => tag);
}

module.exports = { popularTags };
