import { Comment } from '../models/index.js';

export const forArticle = (articleId) => Comment.findAll({ where: { article_id: articleId }, order: [['id', 'ASC']], raw: true });
export const findById = (articleId, id) => Comment.findOne({ where: { article_id: articleId, id }, raw: true });

export async function insert({ articleId, authorId, body }) {
  const comment = await Comment.create({ article_id: articleId, author_id: authorId, body });
  return comment.get({ plain: true });
}

export const remove = (id) => Comment.destroy({ where: { id } });
