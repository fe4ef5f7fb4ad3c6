import { Router } from 'express';
import type { ArticleRepository } from '../repositories/articleRepository';

export function articleRoutes(articles: ArticleRepository): Router {
  const router = Router();
  router.get('/articles/:slug', async (req, res) => {
    res.json({ article: await articles.findBySlug(req.params.slug) });
  });
  return router;
}
