const makeArticle = require('../models/article');
const rows = new Map();

module.exports = {
  async findBySlug(slug) { return rows.get(slug) || null; },
  async save(fields) { const a = makeArticle(fields); rows.set(a.slug, a); return a; },
};
