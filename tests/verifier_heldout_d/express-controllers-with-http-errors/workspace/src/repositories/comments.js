'use strict';
const { models } = require('./db');

const { Comment, User } = models;

async function forArticle(articleId) {
  return Comment.findAll({ where: { articleId }, include: [{ model: User, as: 'author' }], order: [['createdAt', 'DESC']] });
}

async function findById(id) {
  return Comment.findByPk(id);
}

async function create(fields) {
  const comment = await Comment.create(fields);
  return Comment.findByPk(comment.id, { include: [{ model: User, as: 'author' }] });
}

async function remove(id) {
  await Comment.destroy({ where: { id } });
}

module.exports = { forArticle, findById, create, remove };
