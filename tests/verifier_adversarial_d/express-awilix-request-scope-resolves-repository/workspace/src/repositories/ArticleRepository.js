const Article = require('../models/Article');
module.exports = class ArticleRepository {
  constructor() { this.rows = new Map(); }
  async findBySlug(slug) { const r = this.rows.get(slug); return r && new Article(r); }
  async destroy(slug) { this.rows.delete(slug); }
};
