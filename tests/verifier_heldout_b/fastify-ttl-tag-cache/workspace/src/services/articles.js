'use strict';
// Use cases around articles, favorites, comments and tags.
const crypto = require('node:crypto');
const { section, checkArticle, checkComment } = require('./validation.js');
const { forbidden, notFound } = require('./errors.js');
const { TtlCache } = require('./cache.js');

const tagCache = new TtlCache(5000, 1);

const slugify = (title) => `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'article'}-${crypto.randomBytes(3).toString('hex')}`;

class ArticleService {
  constructor({ articles, users, userService }) {
    this.articles = articles;
    this.users = users;
    this.userService = userService;
  }

  async present(article, viewer) {
    return {
      slug: article.slug,
      title: article.title,
      description: article.description,
      body: article.body,
      tagList: article.tagList || [],
      createdAt: article.createdAt.toISOString(),
      updatedAt: article.updatedAt.toISOString(),
      favorited: viewer ? await this.articles.isFavorited(viewer.id, article.id) : false,
      favoritesCount: await this.articles.favoritesCount(article.id),
      author: await this.userService.profileOf(article.author, viewer),
    };
  }

  async #existing(slug) {
    const article = await this.articles.findBySlug(slug);
    if (!article) throw notFound('article');
    return article;
  }

  async #owned(slug, viewer) {
    const article = await this.#existing(slug);
    if (article.authorId !== viewer.id) throw forbidden('only the author may change this article');
    return article;
  }

  async list(viewer, query) {
    const { rows, count } = await this.articles.search(query);
    return { articles: await Promise.all(rows.map((a) => this.present(a, viewer))), articlesCount: count };
  }

  async feed(viewer, { limit, offset }) {
    const authorIds = await this.users.followedIds(viewer.id);
    return this.list(viewer, { authorIds, limit, offset });
  }

  async get(slug, viewer) { return { article: await this.present(await this.#existing(slug), viewer) }; }

  async create(viewer, payload) {
    const data = checkArticle(section(payload, 'article'), true);
    const tags = [...new Set((data.tagList || []).map((t) => t.trim()))];
    tagCache.clear();
    const article = await this.articles.create({ slug: slugify(data.title), title: data.title, description: data.description, body: data.body, authorId: viewer.id }, tags);
    return { article: await this.present(article, viewer) };
  }

  async update(viewer, slug, payload) {
    const data = checkArticle(section(payload, 'article'), false);
    const article = await this.#owned(slug, viewer);
    const changes = {};
    for (const field of ['title', 'description', 'body']) if (field in data) changes[field] = data[field];
    if (changes.title) changes.slug = slugify(changes.title);
    const tags = Array.isArray(data.tagList) ? data.tagList.map((t) => t.trim()) : null;
    if (tags) tagCache.clear();
    return { article: await this.present(await this.articles.update(article, changes, tags), viewer) };
  }

  async remove(viewer, slug) { await this.articles.remove(await this.#owned(slug, viewer)); }

  async favorite(viewer, slug, on) {
    const article = await this.#existing(slug);
    if (on) await this.articles.favorite(viewer.id, article.id);
    else await this.articles.unfavorite(viewer.id, article.id);
    return { article: await this.present(article, viewer) };
  }

  async comments(slug, viewer) {
    const article = await this.#existing(slug);
    const rows = await this.articles.comments(article.id);
    return { comments: await Promise.all(rows.map((c) => this.presentComment(c, viewer))) };
  }

  async addComment(viewer, slug, payload) {
    const data = checkComment(section(payload, 'comment'));
    const article = await this.#existing(slug);
    const comment = await this.articles.addComment({ body: data.body, articleId: article.id, authorId: viewer.id });
    return { comment: await this.presentComment(comment, viewer) };
  }

  async removeComment(viewer, slug, id) {
    const article = await this.#existing(slug);
    const comment = await this.articles.findComment(id);
    if (!comment || comment.articleId !== article.id) throw notFound('comment');
    if (comment.authorId !== viewer.id) throw forbidden('only the author may delete this comment');
    await this.articles.removeComment(comment);
  }

  async presentComment(comment, viewer) {
    return {
      id: comment.id, body: comment.body,
      createdAt: comment.createdAt.toISOString(), updatedAt: comment.updatedAt.toISOString(),
      author: await this.userService.profileOf(comment.author, viewer),
    };
  }

  async tags() {
    let tags = tagCache.get('all');
    if (!tags) {
      tags = await this.articles.allTags();
      tagCache.set('all', tags);
    }
    return { tags };
  }
}

module.exports = { ArticleService };
