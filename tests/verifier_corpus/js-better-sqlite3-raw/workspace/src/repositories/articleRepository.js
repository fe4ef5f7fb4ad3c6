const { db } = require('../db');

function findBySlug(slug) {
  return db.prepare('SELECT * FROM articles WHERE slug = ?').get(slug);
}

module.exports = { findBySlug };
