const { Op } = require('sequelize');
const { Article, Tag, User, sequelize } = require('../models');

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
  await sequelize.transaction(async (transaction) => {
    const article = await Article.create({ authorId, slug, title, description, body }, { transaction });
    const tags = [];
    for (const name of tagList) {
      const [tag] = await Tag.findOrCreate({ where: { name }, transaction });
      tags.push(tag);
    }
    await article.setTags(tags, { transaction });
  });
  return findBySlug(slug);
}

async function remove(article) {
  await article.destroy();
}

async function allTags() {
  // most used first: COUNT through the association, no SQL text
  const tags = await Tag.findAll({
    attributes: ['name', [sequelize.fn('COUNT', sequelize.col('Articles.id')), 'uses']],
    include: [{ model: Article, attributes: [], through: { attributes: [] } }],
    group: ['Tag.id'],
    order: [[sequelize.literal('uses'), 'DESC'], ['name', 'ASC']],
  });
  return tags.map((t) => t.name);
}

async function searchTitles(term) {
  return Article.findAll({ where: { title: { [Op.iLike]: `%${term}%` } }, attributes: ['slug', 'title'] });
}

module.exports = { findBySlug, list, create, remove, allTags, searchTitles };
