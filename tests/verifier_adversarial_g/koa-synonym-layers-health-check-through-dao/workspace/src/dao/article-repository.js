'use strict';

const { Op } = require('sequelize');

const plain = (row) => (row ? row.get({ plain: true }) : null);

class ArticleRepository {
  constructor(models) {
    this.models = models;
  }

  #withRelations() {
    const { User, Tag, Favorite } = this.models;
    return [
      { model: User, as: 'author' },
      { model: Tag, as: 'tags', through: { attributes: [] } },
      { model: Favorite, as: 'favorites', attributes: ['userId'] },
    ];
  }

  async findBySlug(slug) {
    return plain(await this.models.Article.findOne({ where: { slug }, include: this.#withRelations() }));
  }

  async slugExists(slug) {
    return (await this.models.Article.count({ where: { slug } })) > 0;
  }

  async search({ tag, authorId, favoritedBy, authorIds, limit = 20, offset = 0 }) {
    const { Article, ArticleTag, Tag, Favorite } = this.models;
    const where = {};
    const ids = [];
    if (tag) {
      const found = await Tag.findOne({ where: { name: tag } });
      const links = found ? await ArticleTag.findAll({ where: { tagId: found.id } }) : [];
      ids.push(links.map((link) => link.articleId));
    }
    if (favoritedBy !== undefined) {
      const favorites = await Favorite.findAll({ where: { userId: favoritedBy } });
      ids.push(favorites.map((favorite) => favorite.articleId));
    }
    if (ids.length) where.id = { [Op.and]: ids.map((list) => ({ [Op.in]: list })) };
    if (authorId !== undefined) where.authorId = authorId;
    if (authorIds !== undefined) where.authorId = { [Op.in]: authorIds };
    const { rows, count } = await Article.findAndCountAll({
      where,
      include: this.#withRelations(),
      order: [['createdAt', 'DESC']],
      limit,
      offset,
      distinct: true,
    });
    return { rows: rows.map(plain), count };
  }

  async create(fields, tagNames = []) {
    const article = await this.models.Article.create(fields);
    await this.setTags(article.id, tagNames);
    return this.findBySlug(article.slug);
  }

  async update(id, changes) {
    const article = await this.models.Article.findByPk(id);
    await article.update(changes);
    return this.findBySlug(article.slug);
  }

  async delete(id) {
    await this.models.Article.destroy({ where: { id } });
  }

  async setTags(articleId, names) {
    const { Tag, ArticleTag } = this.models;
    await ArticleTag.destroy({ where: { articleId } });
    for (const name of names) {
      const [tag] = await Tag.findOrCreate({ where: { name } });
      await ArticleTag.findOrCreate({ where: { articleId, tagId: tag.id } });
    }
  }

  async allTagNames() {
    const tags = await this.models.Tag.findAll({ order: [['name', 'ASC']] });
    return tags.map((tag) => tag.name);
  }

  async favorite(userId, articleId) {
    await this.models.Favorite.findOrCreate({ where: { userId, articleId } });
  }

  async unfavorite(userId, articleId) {
    await this.models.Favorite.destroy({ where: { userId, articleId } });
  }
}

module.exports = { ArticleRepository };
