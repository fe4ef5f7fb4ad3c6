import { models } from './db.js';

const { Comment, User } = models;

export async function forArticle(articleId) {
  return Comment.findAll({ where: { articleId }, include: [{ model: User, as: 'author' }], order: [['createdAt', 'DESC']] });
}

export async function findById(id) {
  return Comment.findByPk(id);
}

export async function create(fields) {
  const comment = await Comment.create(fields);
  return Comment.findByPk(comment.id, { include: [{ model: User, as: 'author' }] });
}

export async function remove(id) {
  await Comment.destroy({ where: { id } });
}
