import type { FastifyInstance } from 'fastify';
import { listArticles } from '@services/article.service';
import { articleRepository } from '@repositories/article.repository';

export default async function articleRoutes(app: FastifyInstance) {
  app.get<{ Querystring: { limit?: string; offset?: string } }>('/articles', async (req) => {
    const articles = await listArticles(Number(req.query.limit ?? 20), Number(req.query.offset ?? 0));
    return { articles, articlesCount: await articleRepository.count() };
  });
}
