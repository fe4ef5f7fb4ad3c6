const db = require('../db');
const toArticle = require('../models/article');

exports.bySlug = (slug) => {
  const row = db.prepare('SELECT * FROM articles WHERE slug = ?').get(slug);
  return row && toArticle(row);
};
exports.remove = (slug) => db.prepare('DELETE FROM articles WHERE slug = ?').run(slug);
