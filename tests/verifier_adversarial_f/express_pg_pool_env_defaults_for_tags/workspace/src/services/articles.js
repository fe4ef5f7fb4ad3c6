'use strict';
const crypto = require('node:crypto');
const articles = require('../repositories/articles');
const users = require('../repositories/users');
const { invalid, notFound, forbidden } = require('./errors');
const { presentProfile } = require('./users');

const slugify = (title) => `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'article'}-${crypto.randomBytes(3).toString('hex')}`;

function present(a, viewer) {
  return {
    slug: a.slug, title: a.title, description: a.description, body: a.body,
    tagList: a.tags.map((t) => t.name).sort(),
    createdAt: a.createdAt.toISOString(), updatedAt: a.updatedAt.toISOString(),
    favorited: Boolean(viewer && a.favoritedBy.some((u) => u.id === viewer.id)),
    favoritesCount: a.favoritedBy.length,
    author: presentProfile(a.author, viewer),
  };
}

async function list(viewerId, filters) {
  const viewer = viewerId ? await users.byId(viewerId) : null;
  const { rows, count } = await articles.list(filters);
  return { articles: rows.map((a) => present(a, viewer)), articlesCount: count };
}

async function create(userId, data) {
  for (const key of ['title', 'description', 'body']) {
    if (typeof data[key] !== 'string' || !data[key].trim()) throw invalid(key, "can't be blank");
  }
  const viewer = await users.byId(userId);
  const tags = [...new Set(Array.isArray(data.tagList) ? data.tagList : [])];
  const article = await articles.create({ slug: slugify(data.title), title: data.title, description: data.description, body: data.body, authorId: userId }, tags);
  return present(article, viewer);
}

async function get(slug, viewerId) {
  const article = await articles.bySlug(slug);
  if (!article) throw notFound('article');
  const viewer = viewerId ? await users.byId(viewerId) : null;
  return present(article, viewer);
}

async function remove(slug, userId) {
  const article = await articles.bySlug(slug);
  if (!article) throw notFound('article');
  if (article.authorId !== userId) throw forbidden();
  await articles.destroy(article);
}

const tags = async () => ({ tags: await articles.tags() });

module.exports = { list, create, get, remove, tags };
