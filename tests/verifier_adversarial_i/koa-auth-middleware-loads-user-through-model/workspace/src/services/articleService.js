'use strict';

const { articleRepository } = require('../repositories/articleRepository');
const { profileJson } = require('./userService');
const { ValidationError, NotFoundError, ForbiddenError } = require('./errors');

function slugify(title) {
  const base = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'article';
  return `${base}-${Math.random().toString(36).slice(2, 8)}`;
}

async function articleJson(article, viewer) {
  const fans = article.favoritedBy || [];
  return {
    slug: article.slug,
    title: article.title,
    description: article.description,
    body: article.body,
    tagList: (article.tags || []).map((t) => t.name).sort(),
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
    favorited: Boolean(viewer && fans.some((u) => u.id === viewer.id)),
    favoritesCount: fans.length,
    author: await profileJson(article.author, viewer),
  };
}

async function load(slug) {
  const article = await articleRepository.findBySlug(slug);
  if (!article) throw new NotFoundError('article');
  return article;
}

const articleService = {
  async list(viewer, query = {}) {
    const { rows, count } = await articleRepository.list({
      tag: query.tag, author: query.author, favorited: query.favorited,
      limit: Number(query.limit) || 20, offset: Number(query.offset) || 0,
    });
    return { articles: await Promise.all(rows.map((a) => articleJson(a, viewer))), articlesCount: count };
  },
  async feed(viewer, query = {}) {
    const authorIds = (viewer.following || []).map((u) => u.id);
    const { rows, count } = await articleRepository.list({ authorIds, limit: Number(query.limit) || 20, offset: Number(query.offset) || 0 });
    return { articles: await Promise.all(rows.map((a) => articleJson(a, viewer))), articlesCount: count };
  },
  async get(slug, viewer) {
    return articleJson(await load(slug), viewer);
  },
  async create(author, input = {}) {
    for (const field of ['title', 'description', 'body']) {
      if (typeof input[field] !== 'string' || !input[field].trim()) throw new ValidationError(field);
    }
    const tagList = [...new Set(Array.isArray(input.tagList) ? input.tagList : [])];
    const article = await articleRepository.create(
      { slug: slugify(input.title), title: input.title, description: input.description, body: input.body, authorId: author.id },
      tagList,
    );
    return articleJson(article, author);
  },
  async update(slug, user, input = {}) {
    const article = await load(slug);
    if (article.authorId !== user.id) throw new ForbiddenError('article');
    const changes = {};
    if (input.title) Object.assign(changes, { title: input.title, slug: slugify(input.title) });
    if ('description' in input) changes.description = input.description;
    if ('body' in input) changes.body = input.body;
    return articleJson(await articleRepository.update(article, changes), user);
  },
  async remove(slug, user) {
    const article = await load(slug);
    if (article.authorId !== user.id) throw new ForbiddenError('article');
    await articleRepository.destroy(article);
  },
  async favorite(slug, user, on) {
    const article = await load(slug);
    if (on) await articleRepository.favorite(article, user);
    else await articleRepository.unfavorite(article, user);
    return articleJson(await load(slug), user);
  },
  tags() {
    return articleRepository.tagNames();
  },
};

module.exports = { articleJson, articleService };
