'use strict';
// Articles are documents (tag arrays, nested author): NeDB stores them as such, persisted next to the app.
const path = require('node:path');
const Datastore = require('@seald-io/nedb');

class ArticleRepository {
  constructor() {
    this.store = new Datastore({ filename: path.join(process.cwd(), 'data', 'articles.db'), autoload: true });
    this.store.ensureIndexAsync({ fieldName: 'slug', unique: true });
  }

  async findBySlug(slug) {
    return this.store.findOneAsync({ slug });
  }

  async list({ tag, author, limit = 20, offset = 0 }) {
    const query = {};
    if (tag) query.tagList = tag;
    if (author) query['author.username'] = author;
    const count = await this.store.countAsync(query);
    const rows = await this.store.findAsync(query).sort({ createdAt: -1 }).skip(offset).limit(limit);
    return { rows, count };
  }

  async favoritesCount(articleId) {
    const article = await this.store.findOneAsync({ _id: articleId });
    return article ? (article.favoritedBy || []).length : 0;
  }

  async create(fields) {
    const now = new Date();
    return this.store.insertAsync({ ...fields, createdAt: now, updatedAt: now, favoritedBy: [] });
  }

  async destroy(article) {
    await this.store.removeAsync({ _id: article._id });
  }
}

module.exports = { ArticleRepository };
