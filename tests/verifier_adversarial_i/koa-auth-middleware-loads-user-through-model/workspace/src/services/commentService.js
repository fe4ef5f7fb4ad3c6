'use strict';

const { commentRepository } = require('../repositories/commentRepository');
const { articleRepository } = require('../repositories/articleRepository');
const { profileJson } = require('./userService');
const { ValidationError, NotFoundError, ForbiddenError } = require('./errors');

async function commentJson(comment, viewer) {
  return {
    id: comment.id,
    body: comment.body,
    createdAt: comment.createdAt.toISOString(),
    updatedAt: comment.updatedAt.toISOString(),
    author: await profileJson(comment.author, viewer),
  };
}

async function articleOr404(slug) {
  const article = await articleRepository.findBySlug(slug);
  if (!article) throw new NotFoundError('article');
  return article;
}

const commentService = {
  async list(slug, viewer) {
    const article = await articleOr404(slug);
    const comments = await commentRepository.listForArticle(article.id);
    return Promise.all(comments.map((c) => commentJson(c, viewer)));
  },
  async add(slug, user, input = {}) {
    if (typeof input.body !== 'string' || !input.body.trim()) throw new ValidationError('body');
    const article = await articleOr404(slug);
    return commentJson(await commentRepository.create({ body: input.body, articleId: article.id, authorId: user.id }), user);
  },
  async remove(slug, id, user) {
    await articleOr404(slug);
    const comment = await commentRepository.findById(Number(id));
    if (!comment) throw new NotFoundError('comment');
    if (comment.authorId !== user.id) throw new ForbiddenError('comment');
    await commentRepository.destroy(comment);
  },
};

module.exports = { commentService };
