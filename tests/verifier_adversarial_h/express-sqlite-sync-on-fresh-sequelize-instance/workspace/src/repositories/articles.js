'use strict';

const { Op } = require('sequelize');
const { Article, ArticleTag, Favorite, Follow, User } = require('../models/index.js');

const findBySlug = (slug) => Article.findOne({ where: { slug }, raw: true });

async function insert({ slug, title, description, body, authorId, tags }) {
  const article = await Article.create({ slug, title, description, body, author_id: authorId });
  await setTags(article.id, tags);
  return article.get({ plain: true });
}

async function update(id, fields) {
  await Article.update(fields, { where: { id } });
  return Article.findByPk(id, { raw: true });
}

const remove = (id) => Article.destroy({ where: { id } });

async function setTags(articleId, tags = []) {
  await ArticleTag.destroy({ where: { article_id: articleId } });
  await ArticleTag.bulkCreate([...new Set(tags)].map((tag) => ({ article_id: articleId, tag })));
}

async function tagsOf(articleId) {
  const rows = await ArticleTag.findAll({ where: { article_id: articleId }, order: [['tag', 'ASC']], raw: true });
  return rows.map((r) => r.tag);
}

async function idsWhere(model, where, column) {
  const rows = await model.findAll({ where, attributes: [column], raw: true });
  return rows.map((r) => r[column]);
}

async function list({ tag, author, favorited, authorIds, limit = 20, offset = 0 }) {
  const where = {};
  const and = [];
  if (tag) and.push({ id: { [Op.in]: await idsWhere(ArticleTag, { tag }, 'article_id') } });
  if (author) {
    const user = await User.findOne({ where: { username: author }, raw: true });
    and.push({ author_id: user ? user.id : -1 });
  }
  if (favorited) {
    const user = await User.findOne({ where: { username: favorited }, raw: true });
    and.push({ id: { [Op.in]: user ? await idsWhere(Favorite, { user_id: user.id }, 'article_id') : [] } });
  }
  if (authorIds) {
    and.push({ author_id: { [Op.in]: await idsWhere(Follow, { follower_id: authorIds.followerId }, 'followed_id') } });
  }
  if (and.length) where[Op.and] = and;
  const { rows, count } = await Article.findAndCountAll({
    where, order: [['created_at', 'DESC'], ['id', 'DESC']], limit, offset, raw: true,
  });
  return { rows, count };
}

const favoritesCount = (articleId) => Favorite.count({ where: { article_id: articleId } });

async function isFavorited(userId, articleId) {
  if (!userId) return false;
  return (await Favorite.count({ where: { user_id: userId, article_id: articleId } })) > 0;
}

const favorite = (userId, articleId) => Favorite.findOrCreate({ where: { user_id: userId, article_id: articleId } });
const unfavorite = (userId, articleId) => Favorite.destroy({ where: { user_id: userId, article_id: articleId } });

async function allTags() {
  const rows = await ArticleTag.findAll({ attributes: ['tag'], group: ['tag'], order: [['tag', 'ASC']], raw: true });
  return rows.map((r) => r.tag);
}

module.exports = { findBySlug, insert, update, remove, setTags, tagsOf, list, favoritesCount, isFavorited, favorite, unfavorite, allTags };
