'use strict';

const { Comment } = require('../models/index.js');

const forArticle = (articleId) => Comment.findAll({ where: { article_id: articleId }, order: [['id', 'ASC']], raw: true });
const findById = (articleId, id) => Comment.findOne({ where: { article_id: articleId, id }, raw: true });

async function insert({ articleId, authorId, body }) {
  const comment = await Comment.create({ article_id: articleId, author_id: authorId, body });
  return comment.get({ plain: true });
}

const remove = (id) => Comment.destroy({ where: { id } });

module.exports = { forArticle, findById, insert, remove };
