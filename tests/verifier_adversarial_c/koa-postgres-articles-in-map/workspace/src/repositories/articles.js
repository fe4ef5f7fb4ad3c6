const articles = new Map();
let nextId = 1;

class ArticleRepository {
  async create(attrs) {
    const article = { id: nextId++, ...attrs, createdAt: new Date(), updatedAt: new Date() };
    articles.set(article.slug, article);
    return article;
  }

  async findBySlug(slug) {
    return articles.get(slug) || null;
  }

  async list({ limit = 20, offset = 0 } = {}) {
    return [...articles.values()].sort((a, b) => b.createdAt - a.createdAt).slice(offset, offset + limit);
  }

  async destroy(article) {
    articles.delete(article.slug);
  }
}

module.exports = { ArticleRepository };
