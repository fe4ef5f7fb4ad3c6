'use strict';
const { NotFoundError } = require('./errors');

class CommentService {
  constructor({ comments, articles }) {
    this.comments = comments;
    this.articles = articles;
  }

  async list(slug) {
    const article = await this.articles.findBySlug(slug);
    if (!article) throw new NotFoundError('article not found');
    return { comments: this.comments.forArticle(article.id) };
  }

  async add(slug, authorId, body) {
    const article = await this.articles.findBySlug(slug);
    if (!article) throw new NotFoundError('article not found');
    return { comment: this.comments.add(article.id, authorId, body) };
  }
}

module.exports = { CommentService };
