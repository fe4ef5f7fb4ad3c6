import { getArticle } from '../services/articleService.js';

export default async function articleRoutes(fastify) {
  fastify.get('/api/articles/:slug', async (request) => ({ article: await getArticle(request.params.slug) }));
}
