const { Article, Tag } = require('../models');

class ArticleService {
  async list({ limit = 20, offset = 0 } = {}) {
    const rows = await Article.findAll({ limit, offset, order: [['createdAt', 'DESC']] });
    return rows.map((row) => row.toJSON());
  }

  async tag(article, names) {
    for (const name of names) {
      const [tag] = await Tag.findOrCreate({ where: { name } });
      await article.addTag(tag);
    }
  }
}

module.exports = { ArticleService };
