'use strict';
// Articles and the queries over them.
const { Op, fn, col } = require('sequelize');

const plain = (row) => (row ? row.get({ plain: true }) : null);

class ArticleRepository {
  constructor({
    Article,
    Tag, // feature: tags
    ArticleTag, // feature: tags
    Favorite, // feature: favorites
    Comment, // feature: comments
  }) {
    this.Article = Article;
    this.Tag = Tag; // feature: tags
    this.ArticleTag = ArticleTag; // feature: tags
    this.Favorite = Favorite; // feature: favorites
    this.Comment = Comment; // feature: comments
  }

  async findBySlug(slug) {
    return plain(await this.Article.findOne({ where: { slug } }));
  }

  async slugTaken(slug, exceptId = null) {
    const where = { slug };
    if (exceptId !== null) where.id = { [Op.ne]: exceptId };
    return (await this.Article.count({ where })) > 0;
  }

  async slugsStartingWith(prefix) {
    const rows = await this.Article.findAll({
      where: { slug: { [Op.startsWith]: prefix } },
      attributes: ['slug'],
    });
    return new Set(rows.map((row) => row.slug));
  }

  async create(fields) {
    return plain(await this.Article.create(fields));
  }

  async update(id, changes) {
    const article = await this.Article.findByPk(id);
    if (!article) return null;
    article.set(changes);
    article.changed('updatedAt', true); // a save with no other change still counts as an edit
    await article.save();
    return plain(article);
  }

  async delete(id) {
    // Children first, so engines without enforced cascades end up consistent too.
    await this.ArticleTag.destroy({ where: { articleId: id } }); // feature: tags
    await this.Favorite.destroy({ where: { articleId: id } }); // feature: favorites
    await this.Comment.destroy({ where: { articleId: id } }); // feature: comments
    await this.Article.destroy({ where: { id } });
  }

  /**
   * One page of articles matching every given filter, newest first, and the total count.
   * Filters: the properties given, each a condition on the articles.
   */
  async search({
    tag, // feature: tags
    authorId,
    favoritedBy, // feature: favorites
    authorIds, // feature: feed
    limit,
    offset,
  }) {
    const conditions = [];
    // feature: tags
    if (tag !== undefined) {
      const links = await this.ArticleTag.findAll({
        attributes: ['articleId'],
        include: [{ model: this.Tag, as: 'tag', attributes: [], where: { name: tag } }],
      });
      conditions.push({ id: { [Op.in]: links.map((link) => link.articleId) } });
    }
    // end feature: tags
    // feature: favorites
    if (favoritedBy !== undefined) {
      const favorites = await this.Favorite.findAll({
        where: { userId: favoritedBy },
        attributes: ['articleId'],
      });
      conditions.push({ id: { [Op.in]: favorites.map((favorite) => favorite.articleId) } });
    }
    // end feature: favorites
    if (authorId !== undefined) conditions.push({ authorId });
    if (authorIds !== undefined) conditions.push({ authorId: { [Op.in]: authorIds } }); // feature: feed
    const { rows, count } = await this.Article.findAndCountAll({
      where: conditions.length ? { [Op.and]: conditions } : {},
      order: [['createdAt', 'DESC'], ['id', 'DESC']],
      limit,
      offset,
    });
    return { articles: rows.map(plain), count };
  }

  // feature: tags
  /** Replace the tags of an article, keeping the given order; creates unknown tags. */
  async setTags(articleId, names) {
    const tags = [];
    for (const name of names) {
      const [tag] = await this.Tag.findOrCreate({ where: { name } });
      tags.push(tag);
    }
    await this.ArticleTag.destroy({ where: { articleId } });
    if (tags.length) {
      await this.ArticleTag.bulkCreate(
        tags.map((tag, position) => ({ articleId, tagId: tag.id, position })),
      );
    }
  }

  /** Map of article id -> tag names in the author's order. */
  async tagNames(articleIds) {
    const names = new Map(articleIds.map((id) => [id, []]));
    if (articleIds.length === 0) return names;
    const links = await this.ArticleTag.findAll({
      where: { articleId: { [Op.in]: articleIds } },
      include: [{ model: this.Tag, as: 'tag', attributes: ['name'] }],
      order: [['articleId', 'ASC'], ['position', 'ASC']],
    });
    for (const link of links) names.get(link.articleId).push(link.tag.name);
    return names;
  }

  /** Tag names in use by at least one article, most used first. */
  async tagsInUse() {
    const rows = await this.ArticleTag.findAll({
      attributes: ['tagId', [fn('COUNT', col('articleId')), 'uses']],
      group: ['tagId'],
      raw: true,
    });
    if (rows.length === 0) return [];
    const tags = await this.Tag.findAll({ where: { id: { [Op.in]: rows.map((row) => row.tagId) } } });
    const uses = new Map(rows.map((row) => [row.tagId, Number(row.uses)]));
    return tags
      .map((tag) => ({ name: tag.name, uses: uses.get(tag.id) || 0 }))
      .sort((a, b) => b.uses - a.uses || a.name.localeCompare(b.name))
      .map((tag) => tag.name);
  }
  // end feature: tags

  // feature: favorites
  async favorite(userId, articleId) {
    await this.Favorite.findOrCreate({ where: { userId, articleId } });
  }

  async unfavorite(userId, articleId) {
    await this.Favorite.destroy({ where: { userId, articleId } });
  }

  /** Map of article id -> number of users who favorited it. */
  async favoriteCounts(articleIds) {
    const counts = new Map(articleIds.map((id) => [id, 0]));
    if (articleIds.length === 0) return counts;
    const rows = await this.Favorite.findAll({
      where: { articleId: { [Op.in]: articleIds } },
      attributes: ['articleId', [fn('COUNT', col('userId')), 'favorites']],
      group: ['articleId'],
      raw: true,
    });
    for (const row of rows) counts.set(row.articleId, Number(row.favorites));
    return counts;
  }

  async favoritedAmong(userId, articleIds) {
    if (articleIds.length === 0) return new Set();
    const rows = await this.Favorite.findAll({
      where: { userId, articleId: { [Op.in]: articleIds } },
      attributes: ['articleId'],
    });
    return new Set(rows.map((row) => row.articleId));
  }
  // end feature: favorites
}

module.exports = { ArticleRepository };
