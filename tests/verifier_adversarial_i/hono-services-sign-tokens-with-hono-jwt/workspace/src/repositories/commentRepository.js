import { Comment, User } from '../models/index.js';

export const commentRepository = {
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
