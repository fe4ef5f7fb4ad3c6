import type { FastifyInstance } from 'fastify';
import { ArticleNotFound, getArticle } from '../services/articleService';

export default async function articleRoutes(app: FastifyInstance) {
  app.get<{ Params: { slug: string } }>('/api/articles/:slug', async (req, reply) => {
    try {
      const { slug, title, body } = await getArticle(req.params.slug, req.log);
      return { article: { slug, title, body } };
    } catch (e) {
      if (e instanceof ArticleNotFound) return reply.code(404).send({ errors: { article: ['not found'] } });
      throw e;
    }
  });
}
