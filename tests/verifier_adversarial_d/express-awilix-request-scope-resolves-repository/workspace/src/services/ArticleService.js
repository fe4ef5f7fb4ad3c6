module.exports = class ArticleService {
  constructor({ articleRepository }) { this.articles = articleRepository; }
  async get(slug) { return this.articles.findBySlug(slug); }
};
