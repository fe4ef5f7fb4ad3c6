import type { FastifyBaseLogger } from 'fastify';
import type { Article } from '../models/article';
import * as articles from '../repositories/articleRepository';

export class ArticleNotFound extends Error {}

export async function getArticle(slug: string, log?: FastifyBaseLogger): Promise<Article> {
  const article = await articles.findBySlug(slug);
  if (!article) {
    log?.info({ slug }, 'article not found');
    throw new ArticleNotFound(slug);
  }
  return article;
}
