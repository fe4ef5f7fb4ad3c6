// Profile articles count: a cheap read used by the profile page header.
import type { FastifyInstance } from 'fastify';
import { ArticleRepository } from '@data/articles.js';

const articles = new ArticleRepository();

export async function profileStats(app: FastifyInstance) {
  app.get('/profiles/:username/stats', async (req) => {
    const { username } = req.params as { username: string };
    const { count } = await articles.search({ author: username, limit: 1, offset: 0 });
    return { stats: { username, articlesCount: count } };
  });
}
