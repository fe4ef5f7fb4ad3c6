import { randomBytes } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { articleRepository, type ArticleFilters } from '../repositories/articleRepository.js';
import { tagRepository } from '../repositories/tagRepository.js';

export class ServiceError extends Error {
  constructor(message: string, readonly status = 422) {
    super(message);
  }
}

const SECRET = process.env.JWT_SECRET ?? 'dev-secret';

function present(article: any, viewerId?: number) {
  const a = article.get({ plain: true });
  return {
    slug: a.slug,
    title: a.title,
    description: a.description,
    body: a.body,
    tagList: a.tags.map((t: { name: string }) => t.name).sort(),
    createdAt: new Date(a.createdAt).toISOString(),
    updatedAt: new Date(a.updatedAt).toISOString(),
    favorited: a.favoritedBy.some((u: { id: number }) => u.id === viewerId),
    favoritesCount: a.favoritedBy.length,
    author: { username: a.author.username, bio: a.author.bio, image: a.author.image, following: false },
  };
}

export const articleService = {
  async viewerFromToken(token: string | undefined) {
    if (!token) return null;
    try {
      const { id } = jwt.verify(token, SECRET) as { id: number };
      return await articleRepository.findUserById(id);
    } catch {
      return null;
    }
  },

  async list(filters: ArticleFilters, viewerId?: number) {
    const { rows, count } = await articleRepository.list(filters);
    return { articles: rows.map((a) => present(a, viewerId)), articlesCount: count };
  },

  async get(slug: string, viewerId?: number) {
    const article = await articleRepository.findBySlug(slug);
    if (!article) throw new ServiceError('article not found', 404);
    return present(article, viewerId);
  },

  async create(authorId: number, input: { title?: string; description?: string; body?: string; tagList?: string[] }) {
    if (!input?.title || !input?.body) throw new ServiceError('title and body are required');
    const slug = `${input.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomBytes(3).toString('hex')}`;
    const article = await articleRepository.create(
      { authorId, slug, title: input.title, description: input.description ?? '', body: input.body },
      input.tagList ?? [],
    );
    return present(article, authorId);
  },

  tags: async () => tagRepository.popular(),
};
