'use strict';

class Article {
  constructor({ slug, title, description, body, tagList = [], author }) {
    Object.assign(this, { slug, title, description, body, tagList, author });
    this.createdAt = new Date();
    this.updatedAt = this.createdAt;
  }
}

module.exports = { Article };
