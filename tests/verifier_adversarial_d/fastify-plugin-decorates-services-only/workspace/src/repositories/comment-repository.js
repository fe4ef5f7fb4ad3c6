'use strict';
const { Comment } = require('../models/comment');
class CommentRepository {
  constructor() { this.items = []; this.seq = 0; }
  async add(body, authorId, slug) { const c = new Comment(++this.seq, body, authorId, slug); this.items.push(c); return c; }
  async forArticle(slug) { return this.items.filter((c) => c.slug === slug).reverse(); }
}
module.exports = { CommentRepository };
