import { Op } from 'sequelize';

export class ArticleRepository {
  constructor({ Article, User, Favorite }: { Article: typeof import('../models/index').Article; User: any; Favorite: any }) {
    this.Article = Article;
    this.User = User;
    this.Favorite = Favorite;
  }

  async findBySlug(slug) {
    return this.Article.findOne({ where: { slug }, include: [{ model: this.User, as: 'author' }] });
  }

  async list({ tag, author, limit = 20, offset = 0 }) {
    const where = {};
    const include = [{ model: this.User, as: 'author', ...(author ? { where: { username: author } } : {}) }];
    if (tag) where.tagList = { [Op.substring]: JSON.stringify(tag) };
    const { rows, count } = await this.Article.findAndCountAll({
      where, include, limit, offset, order: [['createdAt', 'DESC']], distinct: true,
    });
    return { rows, count };
  }

  async favoritesCount(articleId) {
    return this.Favorite.count({ where: { articleId } });
  }

  async create(fields) {
    return this.Article.create(fields);
  }

  async destroy(article) {
    await this.Favorite.destroy({ where: { articleId: article.id } });
    await article.destroy();
  }
}
