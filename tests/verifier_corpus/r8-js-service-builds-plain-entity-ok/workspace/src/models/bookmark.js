const { randomUUID } = require('crypto');

class Bookmark {
  constructor(id, userId, slug) {
    this.id = id;
    this.userId = userId;
    this.slug = slug;
  }

  static create(userId, slug) {
    if (!slug) throw new Error('slug required');
    return new Bookmark(randomUUID(), userId, slug);
  }
}

module.exports = { Bookmark };
