'use strict';

const { Op } = require('sequelize');
const { Article, Tag, User } = require('../models/index');

const include = [
  { model: User, as: 'author' },
  { model: Tag, as: 'tags', through: { attributes: [] } },
  { model: User, as: 'favoritedBy', attributes: ['id'], through: { attributes: [] } },
];

const articleRepository = {
  async list({ tag, author, favorited, authorIds, limit = 20, offset = 0 }) {
    const where = {};
    if (authorIds) where.authorId = { [Op.in]: authorIds };
    if (author) {
      const user = await User.findOne({ where: { username: author } });
      if (!user) return { rows: [], count: 0 };
      where.authorId = user.id;
    }
    if (tag) {
      const tagged = await Article.findAll({ attributes: ['id'], include: [{ model: Tag, as: 'tags', where: { name: tag } }] });
      where.id = { [Op.in]: tagged.map((a) => a.id) };
    }
    if (favorited) {
      const fan = await User.findOne({ where: { username: favorited } });
      if (!fan) return { rows: [], count: 0 };
      const favs = await fan.getFavorites({ attributes: ['id'] });
      where.id = { ...(where.id || {}), [Op.in]: favs.map((a) => a.id).filter((id) => !where.id || where.id[Op.in].includes(id)) };
    }
    const count = await Article.count({ where });
    const rows = await Article.findAll({ where, include, order: [['createdAt', 'DESC']], limit, offset });
    return { rows, count };
  },
  findBySlug(slug) {
    return Article.findOne({ where: { slug }, include });
  },
  async create(data, tagList) {
    const article = await Article.create(data);
    if (tagList.length) {
      const tags = await Promise.all(tagList.map((name) => Tag.findOrCreate({ where: { name } }).then(([t]) => t)));
      await article.setTags(tags);
    }
    return this.findBySlug(article.slug);
  },
  async update(article, changes) {
    await article.update(changes);
    return this.findBySlug(article.slug);
  },
  destroy(article) {
    return article.destroy();
  },
  favorite(article, user) {
    return article.addFavoritedBy(user);
  },
  unfavorite(article, user) {
    return article.removeFavoritedBy(user);
  },
  async tagNames() {
    const tags = await Tag.findAll({ order: [['name', 'ASC']] });
    return tags.map((t) => t.name);
  },
};

module.exports = { articleRepository };
