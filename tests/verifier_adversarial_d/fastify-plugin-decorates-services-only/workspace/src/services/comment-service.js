'use strict';
class CommentService {
  constructor(repo) { this.repo = repo; }
  add(slug, authorId, body) { return this.repo.add(body, authorId, slug); }
  list(slug) { return this.repo.forArticle(slug); }
}
module.exports = { CommentService };
