'use strict';
const { Article } = require('../models/article');

const articles = new Map();

module.exports = {
  create(fields) {
    const article = new Article(fields);
    articles.set(article.slug, article);
    return article;
  },
  findBySlug: (slug) => articles.get(slug) || null,
  all: () => [...articles.values()].sort((a, b) => b.createdAt - a.createdAt),
};
