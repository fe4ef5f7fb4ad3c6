'use strict';

const { ValidationError, ForbiddenError, NotFoundError } = require('./errors');

function slugify(title) {
  return String(title)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

class ArticleService {
  constructor({ articleRepository, userRepository }) {
    this.articles = articleRepository;
    this.users = userRepository;
  }

  async list(query, viewerId = null) {
    const filters = { limit: Number(query.limit ?? 20), offset: Number(query.offset ?? 0) };
    if (query.tag) filters.tag = query.tag;
    if (query.author) {
      const author = await this.users.findByUsername(query.author);
      if (!author) return { articles: [], articlesCount: 0 };
      filters.authorId = author.id;
    }
    if (query.favorited) {
      const fan = await this.users.findByUsername(query.favorited);
      if (!fan) return { articles: [], articlesCount: 0 };
      filters.favoritedBy = fan.id;
    }
    const { rows, count } = await this.articles.search(filters);
    return { articles: await this.presentAll(rows, viewerId), articlesCount: count };
  }

  async feed(viewerId, query) {
    const authorIds = await this.users.followedIds(viewerId);
    const { rows, count } = await this.articles.search({
      authorIds,
      limit: Number(query.limit ?? 20),
      offset: Number(query.offset ?? 0),
    });
    return { articles: await this.presentAll(rows, viewerId), articlesCount: count };
  }

  async get(slug, viewerId = null) {
    return this.present(await this.#find(slug), viewerId);
  }

  async create(authorId, input) {
    const errors = {};
    for (const field of ['title', 'description', 'body']) {
      if (typeof input?.[field] !== 'string' || !input[field].trim()) errors[field] = ["can't be blank"];
    }
    if (Object.keys(errors).length) throw new ValidationError(errors);
    let slug = slugify(input.title);
    while (await this.articles.slugExists(slug)) slug = `${slugify(input.title)}-${Date.now().toString(36)}`;
    const tagList = Array.isArray(input.tagList) ? input.tagList.map(String) : [];
    const article = await this.articles.create(
      { slug, title: input.title, description: input.description, body: input.body, authorId },
      tagList,
    );
    return this.present(article, authorId);
  }

  async update(slug, userId, input) {
    const article = await this.#find(slug);
    if (article.authorId !== userId) throw new ForbiddenError('only the author may edit this article');
    const changes = {};
    for (const field of ['title', 'description', 'body']) if (input?.[field]) changes[field] = input[field];
    if (changes.title) changes.slug = slugify(changes.title);
    const updated = await this.articles.update(article.id, changes);
    if (Array.isArray(input?.tagList)) await this.articles.setTags(article.id, input.tagList);
    return this.present(updated, userId);
  }

  async remove(slug, userId) {
    const article = await this.#find(slug);
    if (article.authorId !== userId) throw new ForbiddenError('only the author may delete this article');
    await this.articles.delete(article.id);
  }

  async favorite(slug, userId) {
    const article = await this.#find(slug);
    await this.articles.favorite(userId, article.id);
    return this.present(await this.#find(slug), userId);
  }

  async unfavorite(slug, userId) {
    const article = await this.#find(slug);
    await this.articles.unfavorite(userId, article.id);
    return this.present(await this.#find(slug), userId);
  }

  async tags() {
    return this.articles.allTagNames();
  }

  async #find(slug) {
    const article = await this.articles.findBySlug(slug);
    if (!article) throw new NotFoundError('article');
    return article;
  }

  async presentAll(rows, viewerId) {
    return Promise.all(rows.map((row) => this.present(row, viewerId)));
  }

  async present(article, viewerId) {
    const favorites = article.favorites ?? [];
    return {
      slug: article.slug,
      title: article.title,
      description: article.description,
      body: article.body,
      tagList: (article.tags ?? []).map((tag) => tag.name),
      createdAt: new Date(article.createdAt).toISOString(),
      updatedAt: new Date(article.updatedAt).toISOString(),
      favorited: viewerId ? favorites.some((f) => f.userId === viewerId) : false,
      favoritesCount: favorites.length,
      author: {
        username: article.author.username,
        bio: article.author.bio ?? null,
        image: article.author.image ?? null,
        following: await this.users.isFollowing(viewerId, article.authorId),
      },
    };
  }
}

module.exports = { slugify, ArticleService };
