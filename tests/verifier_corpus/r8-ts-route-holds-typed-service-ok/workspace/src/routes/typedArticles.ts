import { Router } from 'express';
import type { ArticleService } from '../services/articleService';

export function articleRoutes(articles: ArticleService): Router {
  const router = Router();
  router.get('/articles/:slug', async (req, res) => {
    res.json({ article: await articles.getArticle(req.params.slug) });
  });
  return router;
}
