import crypto from 'node:crypto';
import { NotFoundError, ForbiddenError } from './errors.js';

const slugify = (title) => `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${crypto.randomBytes(3).toString('hex')}`;

export class ArticleService {
  constructor({ articles }) {
    this.articles = articles;
  }

  async list(query, viewerId) {
    const { rows, count } = await this.articles.list(query);
    return { articles: await Promise.all(rows.map((a) => this.present(a, viewerId))), articlesCount: count };
  }

  async get(slug, viewerId) {
    const article = await this.articles.findBySlug(slug);
    if (!article) throw new NotFoundError('article not found');
    return this.present(article, viewerId);
  }

  async create(authorId, { title, description, body, tagList = [] }) {
    const created = await this.articles.create({ slug: slugify(title), title, description, body, tagList, authorId });
    return this.get(created.slug, authorId);
  }

  async remove(slug, userId) {
    const article = await this.articles.findBySlug(slug);
    if (!article) throw new NotFoundError('article not found');
    if (article.authorId !== userId) throw new ForbiddenError('only the author may delete this article');
    await this.articles.destroy(article);
  }

  async present(article, viewerId) {
    const { author } = article;
    return {
      slug: article.slug, title: article.title, description: article.description, body: article.body,
      tagList: article.tagList, createdAt: article.createdAt.toISOString(), updatedAt: article.updatedAt.toISOString(),
      favorited: false, favoritesCount: await this.articles.favoritesCount(article.id),
      author: { username: author.username, bio: author.bio, image: author.image, following: false },
    };
  }
}
