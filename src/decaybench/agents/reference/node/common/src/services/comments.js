'use strict';
// Comments on an article.
const { Forbidden, NotFound, Unauthorized } = require('./errors');
const { commentJson } = require('./presenters');
const { Form, envelope } = require('./validation');

class CommentService {
  constructor({ articles, comments, users }) {
    this.articles = articles;
    this.comments = comments;
    this.users = users;
  }

  async article(slug) {
    const article = await this.articles.findBySlug(String(slug));
    if (!article) throw new NotFound(`article ${slug} not found`);
    return article;
  }

  async list(viewerId, slug) {
    const article = await this.article(slug);
    const comments = await this.comments.forArticle(article.id);
    const authorIds = [...new Set(comments.map((comment) => comment.authorId))];
    const authors = await this.users.findByIds(authorIds);
    const followed = viewerId === null ? new Set() : await this.users.followedAmong(viewerId, authorIds); // feature: following
    const authorById = new Map(authors.map((author) => [author.id, author]));
    return {
      comments: comments.map((comment) =>
        commentJson(comment, {
          author: authorById.get(comment.authorId),
          following: followed.has(comment.authorId), // feature: following
        }),
      ),
    };
  }

  async add(viewerId, slug, payload) {
    if (viewerId === null) throw new Unauthorized();
    const form = new Form(envelope(payload, 'comment'));
    const body = form.text('body', { required: true, rule: 'comment' });
    form.check();
    const article = await this.article(slug);
    const comment = await this.comments.create({ body, articleId: article.id, authorId: viewerId });
    const author = await this.users.findById(viewerId);
    return {
      comment: commentJson(comment, {
        author,
        following: false, // feature: following
      }),
    };
  }

  async delete(viewerId, slug, commentId) {
    if (viewerId === null) throw new Unauthorized();
    const article = await this.article(slug);
    const id = /^\d+$/.test(String(commentId)) ? Number.parseInt(commentId, 10) : null;
    const comment = id === null ? null : await this.comments.findById(id);
    if (!comment || comment.articleId !== article.id) throw new NotFound(`comment ${commentId} not found`);
    if (comment.authorId !== viewerId) throw new Forbidden('only the author may delete this comment');
    await this.comments.delete(comment.id);
    return {};
  }
}

module.exports = { CommentService };
