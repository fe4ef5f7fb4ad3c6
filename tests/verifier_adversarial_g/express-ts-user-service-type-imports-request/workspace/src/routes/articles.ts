import { Router } from 'express';
import type { ArticleService } from '../services/article.service.js';

export function articleRoutes(articles: ArticleService, auth: any) {
  const router = Router();

  router.get('/articles', auth.optional, async (req: any, res) => {
    res.json(await articles.list(req.query, req.userId));
  });

  router.get('/articles/feed', auth.required, async (req: any, res) => {
    res.json(await articles.feed(req.userId, req.query));
  });

  router.post('/articles', auth.required, async (req: any, res) => {
    res.status(201).json({ article: await articles.create(req.userId, req.body?.article) });
  });

  router.get('/articles/:slug', auth.optional, async (req: any, res) => {
    res.json({ article: await articles.get(req.params.slug, req.userId) });
  });

  router.put('/articles/:slug', auth.required, async (req: any, res) => {
    res.json({ article: await articles.update(req.params.slug, req.userId, req.body?.article) });
  });

  router.delete('/articles/:slug', auth.required, async (req: any, res) => {
    await articles.remove(req.params.slug, req.userId);
    res.json({});
  });

  router.post('/articles/:slug/favorite', auth.required, async (req: any, res) => {
    res.json({ article: await articles.favorite(req.params.slug, req.userId) });
  });

  router.delete('/articles/:slug/favorite', auth.required, async (req: any, res) => {
    res.json({ article: await articles.unfavorite(req.params.slug, req.userId) });
  });

  router.get('/tags', async (_req, res) => {
    res.json({ tags: await articles.tags() });
  });

  return router;
}
