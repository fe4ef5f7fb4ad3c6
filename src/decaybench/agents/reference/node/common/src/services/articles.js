'use strict';
// Articles: listing, writing, editing, deleting, and what readers do with them.
const { Forbidden, NotFound, Unauthorized } = require('./errors');
const { articleJson } = require('./presenters');
const { Form, envelope, pageOf } = require('./validation');

function slugify(title) {
  const ascii = title.normalize('NFKD').replace(/[^\x00-\x7f]/g, '');
  const slug = ascii.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, 200).replace(/-+$/, '') || 'article';
}

const optionalQuery = (value) => (value === undefined || value === null || value === '' ? undefined : String(value));

class ArticleService {
  constructor({ articles, users }) {
    this.articles = articles;
    this.users = users;
  }

  async article(slug) {
    const article = await this.articles.findBySlug(String(slug));
    if (!article) throw new NotFound(`article ${slug} not found`);
    return article;
  }

  async ownArticle(viewerId, slug) {
    if (viewerId === null) throw new Unauthorized();
    const article = await this.article(slug);
    if (article.authorId !== viewerId) throw new Forbidden('only the author may change this article');
    return article;
  }

  async uniqueSlug(title, exceptId = null) {
    const base = slugify(title);
    if (!(await this.articles.slugTaken(base, exceptId))) return base;
    const taken = await this.articles.slugsStartingWith(`${base}-`);
    let suffix = 2;
    while (taken.has(`${base}-${suffix}`)) suffix += 1;
    return `${base}-${suffix}`;
  }

  async presentMany(viewerId, articles) {
    const ids = articles.map((article) => article.id);
    const authorIds = [...new Set(articles.map((article) => article.authorId))];
    const authors = await this.users.findByIds(authorIds);
    const tags = await this.articles.tagNames(ids); // feature: tags
    // feature: favorites
    const counts = await this.articles.favoriteCounts(ids);
    const favorited = viewerId === null ? new Set() : await this.articles.favoritedAmong(viewerId, ids);
    // end feature: favorites
    const followed = viewerId === null ? new Set() : await this.users.followedAmong(viewerId, authorIds); // feature: following
    const authorById = new Map(authors.map((author) => [author.id, author]));
    return articles.map((article) =>
      articleJson(article, {
        author: authorById.get(article.authorId),
        tagList: tags.get(article.id) || [], // feature: tags
        favorited: favorited.has(article.id), // feature: favorites
        favoritesCount: counts.get(article.id) || 0, // feature: favorites
        following: followed.has(article.authorId), // feature: following
      }),
    );
  }

  async presentOne(viewerId, article) {
    const [json] = await this.presentMany(viewerId, [article]);
    return { article: json };
  }

  async page(viewerId, filters, query) {
    const { limit, offset } = pageOf(query.limit, query.offset);
    const { articles, count } = await this.articles.search({ ...filters, limit, offset });
    return { articles: await this.presentMany(viewerId, articles), articlesCount: count };
  }

  async list(viewerId, query = {}) {
    const filters = {};
    const tag = optionalQuery(query.tag); // feature: tags
    const author = optionalQuery(query.author);
    const favorited = optionalQuery(query.favorited); // feature: favorites
    const { limit, offset } = pageOf(query.limit, query.offset); // validate before any lookup
    const empty = { articles: [], articlesCount: 0 };
    if (tag !== undefined) filters.tag = tag; // feature: tags
    if (author !== undefined) {
      const user = await this.users.findByUsername(author);
      if (!user) return empty; // an unknown author has written nothing
      filters.authorId = user.id;
    }
    // feature: favorites
    if (favorited !== undefined) {
      const user = await this.users.findByUsername(favorited);
      if (!user) return empty;
      filters.favoritedBy = user.id;
    }
    // end feature: favorites
    return this.page(viewerId, filters, { limit, offset });
  }

  // feature: feed
  async feed(viewerId, query = {}) {
    if (viewerId === null) throw new Unauthorized();
    const authorIds = await this.users.followedIds(viewerId);
    return this.page(viewerId, { authorIds }, query);
  }
  // end feature: feed

  async get(viewerId, slug) {
    return this.presentOne(viewerId, await this.article(slug));
  }

  async create(viewerId, payload) {
    if (viewerId === null) throw new Unauthorized();
    const form = new Form(envelope(payload, 'article'));
    const title = form.text('title', { required: true });
    const description = form.text('description', { required: true });
    const body = form.text('body', { required: true });
    const tagNames = form.tags(); // feature: tags
    form.check();
    const article = await this.articles.create({
      slug: await this.uniqueSlug(title),
      title,
      description,
      body,
      authorId: viewerId,
    });
    await this.articles.setTags(article.id, tagNames); // feature: tags
    return this.presentOne(viewerId, article);
  }

  async update(viewerId, slug, payload) {
    if (viewerId === null) throw new Unauthorized();
    const form = new Form(envelope(payload, 'article'));
    const title = form.text('title');
    const description = form.text('description');
    const body = form.text('body');
    const tagNames = form.has('tagList') ? form.tags() : undefined; // feature: tags
    form.check();
    const article = await this.ownArticle(viewerId, slug);
    const changes = {};
    if (title !== undefined && title !== article.title) {
      changes.title = title;
      changes.slug = await this.uniqueSlug(title, article.id);
    }
    if (description !== undefined) changes.description = description;
    if (body !== undefined) changes.body = body;
    if (tagNames !== undefined) await this.articles.setTags(article.id, tagNames); // feature: tags
    return this.presentOne(viewerId, await this.articles.update(article.id, changes));
  }

  async delete(viewerId, slug) {
    const article = await this.ownArticle(viewerId, slug);
    await this.articles.delete(article.id);
    return {};
  }

  // feature: favorites
  async favorite(viewerId, slug) {
    if (viewerId === null) throw new Unauthorized();
    const article = await this.article(slug);
    await this.articles.favorite(viewerId, article.id);
    return this.presentOne(viewerId, article);
  }

  async unfavorite(viewerId, slug) {
    if (viewerId === null) throw new Unauthorized();
    const article = await this.article(slug);
    await this.articles.unfavorite(viewerId, article.id);
    return this.presentOne(viewerId, article);
  }
  // end feature: favorites

  // feature: tags
  async tags() {
    return { tags: await this.articles.tagsInUse() };
  }
  // end feature: tags
}

module.exports = { ArticleService, slugify };
