'use strict';
const { Op } = require('sequelize');
const { Article, Comment, Tag, User } = require('../models');

const include = [
  { model: User, as: 'author' },
  { model: Tag, as: 'tags', through: { attributes: [] } },
  { model: User, as: 'favoritedBy', attributes: ['id'], through: { attributes: [] } },
];

async function findBySlug(slug) {
  return Article.findOne({ where: { slug }, include });
}

async function list({ tag, author, favorited, limit = 20, offset = 0, authorIds }) {
  const where = {};
  if (authorIds) where.authorId = { [Op.in]: authorIds };
  if (author) {
    const user = await User.findOne({ where: { username: author } });
    where.authorId = user ? user.id : -1;
  }
  const ids = [];
  if (tag) {
    const t = await Tag.findOne({ where: { name: tag }, include: [{ model: Article, attributes: ['id'] }] });
    ids.push(t ? t.Articles.map((a) => a.id) : []);
  }
  if (favorited) {
    const u = await User.findOne({ where: { username: favorited }, include: [{ association: 'favorites', attributes: ['id'] }] });
    ids.push(u ? u.favorites.map((a) => a.id) : []);
  }
  if (ids.length) where.id = { [Op.in]: ids.reduce((a, b) => a.filter((x) => b.includes(x))) };
  const { rows, count } = await Article.findAndCountAll({
    where, include, distinct: true, order: [['createdAt', 'DESC']], limit, offset,
  });
  return { rows, count };
}

async function create(fields, tagNames) {
  const article = await Article.create(fields);
  const tags = [];
  for (const name of [...new Set(tagNames || [])]) {
    const [tag] = await Tag.findOrCreate({ where: { name } });
    tags.push(tag);
  }
  await article.setTags(tags);
  return findBySlug(article.slug);
}

async function update(article, fields) {
  await article.update(fields);
  return findBySlug(article.slug);
}

async function destroy(article) {
  await article.destroy();
}

async function setFavorite(article, userId, on) {
  if (on) await article.addFavoritedBy(userId);
  else await article.removeFavoritedBy(userId);
  return findBySlug(article.slug);
}

async function allTags() {
  const tags = await Tag.findAll({ order: [['name', 'ASC']] });
  return tags.map((t) => t.name);
}

async function comments(articleId) {
  return Comment.findAll({ where: { articleId }, include: [{ model: User, as: 'author' }], order: [['createdAt', 'DESC']] });
}

async function addComment(articleId, authorId, body) {
  const comment = await Comment.create({ articleId, authorId, body });
  return Comment.findByPk(comment.id, { include: [{ model: User, as: 'author' }] });
}

async function findComment(id) {
  return Comment.findByPk(id);
}

async function destroyComment(comment) {
  await comment.destroy();
}

module.exports = { findBySlug, list, create, update, destroy, setFavorite, allTags, comments, addComment, findComment, destroyComment };
