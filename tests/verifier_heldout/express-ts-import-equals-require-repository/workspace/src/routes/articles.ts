import { Router } from 'express';
import * as articleService from '../services/articleService';
import articleRepository = require('../repositories/articleRepository');

export const articles = Router();

articles.get('/articles', async (req, res) => {
  res.json(await articleService.listArticles(Number(req.query.limit ?? 20), Number(req.query.offset ?? 0)));
});

articles.get('/articles/:slug', async (req, res, next) => {
  try {
    res.json({ article: await articleService.getArticle(req.params.slug) });
  } catch (err) {
    next(err);
  }
});

articles.delete('/articles/:slug', async (req, res) => {
  const article = await articleRepository.findBySlug(req.params.slug);
  if (!article) return res.status(404).json({ errors: { body: ['article not found'] } });
  await articleRepository.remove(article);
  res.json({});
});
