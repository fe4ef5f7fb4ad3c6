const { Op } = require('sequelize');
const { Article, Tag, User } = require('../models');

const withRelations = [
  { model: User, as: 'author' },
  { model: Tag, as: 'tags', through: { attributes: [] } },
  { model: User, as: 'favoritedBy', attributes: ['id'], through: { attributes: [] } },
];

async function findBySlug(slug) {
  return Article.findOne({ where: { slug }, include: withRelations });
}

async function list({ tag, author, favorited, limit = 20, offset = 0 }) {
  const include = [
    { model: User, as: 'author', ...(author ? { where: { username: author } } : {}) },
    { model: Tag, as: 'tags', through: { attributes: [] }, ...(tag ? { where: { name: tag } } : {}) },
    { model: User, as: 'favoritedBy', through: { attributes: [] }, ...(favorited ? { where: { username: favorited } } : {}) },
  ];
  const { rows, count } = await Article.findAndCountAll({
    include,
    distinct: true,
    order: [['createdAt', 'DESC']],
    limit,
    offset,
  });
  return { articles: rows, count };
}

async function create({ authorId, slug, title, description, body, tagList = [] }) {
  const article = await Article.create({ authorId, slug, title, description, body });
  if (tagList.length) {
    const tags = await Promise.all(tagList.map((name) => Tag.findOrCreate({ where: { name } }).then(([t]) => t)));
    await article.setTags(tags);
  }
  return findBySlug(slug);
}

async function remove(article) {
  await article.destroy();
}

async function allTags() {
  const tags = await Tag.findAll({ where: { name: { [Op.ne]: '' } }, order: [['name', 'ASC']] });
  return tags.map((t) => t.name);
}

module.exports = { findBySlug, list, create, remove, allTags };
