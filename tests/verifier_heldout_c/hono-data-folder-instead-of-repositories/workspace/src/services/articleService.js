'use strict';
const crypto = require('crypto');
const articles = require('../data/articleData');
const users = require('../data/userData');
const { ForbiddenError, NotFoundError, ValidationError } = require('./errors');

function slugify(title) {
  const base = String(title).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'article';
  return `${base}-${crypto.randomBytes(3).toString('hex')}`;
}

async function present(article, viewer) {
  const favIds = article.favoritedBy.map((u) => u.id);
  const following = viewer ? await users.isFollowing(viewer.id, article.authorId) : false;
  return {
    slug: article.slug,
    title: article.title,
    description: article.description,
    body: article.body,
    tagList: article.tags.map((t) => t.name).sort(),
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
    favorited: viewer ? favIds.includes(viewer.id) : false,
    favoritesCount: favIds.length,
    author: { username: article.author.username, bio: article.author.bio, image: article.author.image, following },
  };
}

async function mustFind(slug) {
  const article = await articles.findBySlug(slug);
  if (!article) throw new NotFoundError('article not found');
  return article;
}

async function list(viewer, query = {}) {
  const { rows, count } = await articles.list({
    tag: query.tag, author: query.author, favorited: query.favorited,
    limit: Number(query.limit || 20), offset: Number(query.offset || 0),
  });
  return { articles: await Promise.all(rows.map((a) => present(a, viewer))), articlesCount: count };
}

async function feed(viewer, query = {}) {
  const authorIds = await users.followedIds(viewer.id);
  const { rows, count } = await articles.list({ authorIds, limit: Number(query.limit || 20), offset: Number(query.offset || 0) });
  return { articles: await Promise.all(rows.map((a) => present(a, viewer))), articlesCount: count };
}

async function get(slug, viewer) {
  return present(await mustFind(slug), viewer);
}

async function create(viewer, data = {}) {
  for (const key of ['title', 'description', 'body']) {
    if (!data[key] || !String(data[key]).trim()) throw new ValidationError("can't be blank", key);
  }
  const article = await articles.create({
    slug: slugify(data.title), title: data.title, description: data.description, body: data.body, authorId: viewer.id,
  }, data.tagList);
  return present(article, viewer);
}

async function update(viewer, slug, data = {}) {
  const article = await mustFind(slug);
  if (article.authorId !== viewer.id) throw new ForbiddenError('not the author');
  const fields = {};
  for (const key of ['title', 'description', 'body']) if (key in data) fields[key] = data[key];
  if (fields.title) fields.slug = slugify(fields.title);
  return present(await articles.update(article, fields), viewer);
}

async function remove(viewer, slug) {
  const article = await mustFind(slug);
  if (article.authorId !== viewer.id) throw new ForbiddenError('not the author');
  await articles.destroy(article);
}

async function favorite(viewer, slug, on) {
  const article = await mustFind(slug);
  return present(await articles.setFavorite(article, viewer.id, on), viewer);
}

async function tags() {
  return articles.allTags();
}

function presentComment(c) {
  return {
    id: c.id, body: c.body, createdAt: c.createdAt.toISOString(), updatedAt: c.updatedAt.toISOString(),
    author: { username: c.author.username, bio: c.author.bio, image: c.author.image, following: false },
  };
}

async function comments(slug) {
  const article = await mustFind(slug);
  return (await articles.comments(article.id)).map(presentComment);
}

async function addComment(viewer, slug, body) {
  if (!body || !String(body).trim()) throw new ValidationError("can't be blank", 'body');
  const article = await mustFind(slug);
  return presentComment(await articles.addComment(article.id, viewer.id, body));
}

async function removeComment(viewer, slug, id) {
  await mustFind(slug);
  const comment = await articles.findComment(Number(id));
  if (!comment) throw new NotFoundError('comment not found');
  if (comment.authorId !== viewer.id) throw new ForbiddenError('not the author');
  await articles.destroyComment(comment);
}

module.exports = { list, feed, get, create, update, remove, favorite, tags, comments, addComment, removeComment };
