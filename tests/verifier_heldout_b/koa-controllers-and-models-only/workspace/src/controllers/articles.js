'use strict';
const { Article, User } = require('../models/index.js');
const { currentUser } = require('./users.js');

const toJson = (a) => ({
  slug: a.slug, title: a.title, description: a.description, body: a.body, tagList: a.tagList,
  createdAt: a.createdAt, updatedAt: a.updatedAt, favorited: false, favoritesCount: 0,
  author: { username: a.author.username, bio: a.author.bio, image: a.author.image, following: false },
});

async function list(ctx) {
  const where = {};
  const include = [{ model: User, as: 'author', ...(ctx.query.author ? { where: { username: ctx.query.author } } : {}) }];
  const { rows, count } = await Article.findAndCountAll({ where, include, order: [['createdAt', 'DESC']],
    limit: Number(ctx.query.limit) || 20, offset: Number(ctx.query.offset) || 0 });
  ctx.body = { articles: rows.map(toJson), articlesCount: count };
}

async function create(ctx) {
  const me = await currentUser(ctx);
  const data = ctx.request.body.article || {};
  const slug = `${String(data.title || '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now().toString(36)}`;
  const article = await Article.create({ ...data, slug, authorId: me.id });
  article.author = me;
  ctx.status = 201;
  ctx.body = { article: toJson(article) };
}

async function get(ctx) {
  const article = await Article.findOne({ where: { slug: ctx.params.slug }, include: [{ model: User, as: 'author' }] });
  if (!article) ctx.throw(404, 'article not found');
  ctx.body = { article: toJson(article) };
}

async function remove(ctx) {
  const me = await currentUser(ctx);
  const article = await Article.findOne({ where: { slug: ctx.params.slug } });
  if (!article) ctx.throw(404, 'article not found');
  if (article.authorId !== me.id) ctx.throw(403, 'forbidden');
  await article.destroy();
  ctx.body = {};
}

async function tags(ctx) {
  const rows = await Article.findAll({ attributes: ['tagList'] });
  ctx.body = { tags: [...new Set(rows.flatMap((r) => r.tagList || []))] };
}

module.exports = { list, create, get, remove, tags };
