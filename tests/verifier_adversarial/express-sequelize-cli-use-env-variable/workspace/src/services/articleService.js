'use strict';
const articles = require('../repositories/articleRepository');
const { NotFoundError } = require('./errors');

async function present(article) {
  return {
    slug: article.slug, title: article.title, description: article.description, body: article.body,
    tagList: article.tagList, createdAt: article.createdAt.toISOString(), updatedAt: article.updatedAt.toISOString(),
    favorited: false, favoritesCount: await articles.favoritesCount(article.id),
    author: { ...article.author.get({ plain: true }), following: false },
  };
}

async function getArticle(slug) {
  const article = await articles.findBySlug(slug);
  if (!article) throw new NotFoundError('article not found');
  return present(article);
}

async function listArticles({ author, limit = 20, offset = 0 }) {
  const { rows, count } = await articles.list({ author, limit, offset });
  return { articles: await Promise.all(rows.map(present)), articlesCount: count };
}

module.exports = { getArticle, listArticles };
