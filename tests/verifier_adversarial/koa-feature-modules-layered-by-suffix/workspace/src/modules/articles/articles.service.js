'use strict';
const repository = require('./articles.repository');

class ArticleNotFound extends Error {}

async function get(slug) {
  const article = await repository.findBySlug(slug);
  if (!article) throw new ArticleNotFound(slug);
  return article;
}

async function page({ limit = 20, offset = 0 }) {
  const { rows, count } = await repository.page(limit, offset);
  return { articles: rows, articlesCount: count };
}

module.exports = { get, page, ArticleNotFound };
