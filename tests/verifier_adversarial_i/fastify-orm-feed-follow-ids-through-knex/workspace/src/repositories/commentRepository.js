'use strict';

const { Comment, User } = require('../models/index');

const commentRepository = {
  listForArticle(articleId) {
    return Comment.findAll({ where: { articleId }, include: [{ model: User, as: 'author' }], order: [['createdAt', 'ASC']] });
  },
  async create(data) {
    const comment = await Comment.create(data);
    return Comment.findByPk(comment.id, { include: [{ model: User, as: 'author' }] });
  },
  findById(id) {
    return Comment.findByPk(id);
  },
  destroy(comment) {
    return comment.destroy();
  },
};

module.exports = { commentRepository };
