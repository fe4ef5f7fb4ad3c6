'use strict';
const { Op } = require('sequelize');
const { models } = require('./db');

const { Article, User, Favorite } = models;
const withAuthor = [{ model: User, as: 'author' }];

async function findBySlug(slug) {
  return Article.findOne({ where: { slug }, include: withAuthor });
}

async function list({ tag, author, favorited, authorIds, limit = 20, offset = 0 }) {
  const where = {};
  if (authorIds) where.authorId = { [Op.in]: authorIds };
  if (author) {
    const user = await User.findOne({ where: { username: author } });
    if (!user) return { rows: [], count: 0 };
    where.authorId = user.id;
  }
  if (favorited) {
    const fan = await User.findOne({ where: { username: favorited } });
    if (!fan) return { rows: [], count: 0 };
    const favs = await Favorite.findAll({ where: { userId: fan.id } });
    where.id = { [Op.in]: favs.map((f) => f.articleId) };
  }
  let rows = await Article.findAll({ where, include: withAuthor, order: [['createdAt', 'DESC']] });
  if (tag) rows = rows.filter((a) => (a.tagList || []).includes(tag));
  return { rows: rows.slice(offset, offset + limit), count: rows.length };
}

async function create(fields) {
  const article = await Article.create(fields);
  return findBySlug(article.slug);
}

async function update(id, fields) {
  await Article.update(fields, { where: { id } });
  return Article.findByPk(id, { include: withAuthor });
}

async function remove(id) {
  await Article.destroy({ where: { id } });
}

async function favoritesCount(articleId) {
  return Favorite.count({ where: { articleId } });
}

async function isFavorited(articleId, userId) {
  return (await Favorite.count({ where: { articleId, userId } })) > 0;
}

async function favorite(articleId, userId) {
  await Favorite.findOrCreate({ where: { articleId, userId } });
}

async function unfavorite(articleId, userId) {
  await Favorite.destroy({ where: { articleId, userId } });
}

async function allTags() {
  const rows = await Article.findAll({ attributes: ['tagList'] });
  return [...new Set(rows.flatMap((row) => row.tagList || []))];
}

module.exports = { findBySlug, list, create, update, remove, favoritesCount, isFavorited, favorite, unfavorite, allTags };
