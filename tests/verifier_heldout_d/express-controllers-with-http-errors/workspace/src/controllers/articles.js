'use strict';
const { Router } = require('express');
const articleService = require('../services/articles');
const { authRequired, authOptional, wrap } = require('./middleware');

const articlesRouter = Router();

articlesRouter.get('/articles', authOptional, wrap(async (req, res) => {
  res.json(await articleService.listArticles(req.query, req.user));
}));

articlesRouter.get('/articles/feed', authRequired, wrap(async (req, res) => {
  res.json(await articleService.feed(req.query, req.user));
}));

articlesRouter.post('/articles', authRequired, wrap(async (req, res) => {
  res.status(201).json(await articleService.createArticle(req.body?.article, req.user));
}));

articlesRouter.get('/articles/:slug', authOptional, wrap(async (req, res) => {
  res.json(await articleService.getArticle(req.params.slug, req.user));
}));

articlesRouter.put('/articles/:slug', authRequired, wrap(async (req, res) => {
  res.json(await articleService.updateArticle(req.params.slug, req.body?.article, req.user));
}));

articlesRouter.delete('/articles/:slug', authRequired, wrap(async (req, res) => {
  await articleService.deleteArticle(req.params.slug, req.user);
  res.json({});
}));

articlesRouter.post('/articles/:slug/favorite', authRequired, wrap(async (req, res) => {
  res.json(await articleService.favorite(req.params.slug, req.user, true));
}));

articlesRouter.delete('/articles/:slug/favorite', authRequired, wrap(async (req, res) => {
  res.json(await articleService.favorite(req.params.slug, req.user, false));
}));

articlesRouter.get('/articles/:slug/comments', authOptional, wrap(async (req, res) => {
  res.json(await articleService.listComments(req.params.slug, req.user));
}));

articlesRouter.post('/articles/:slug/comments', authRequired, wrap(async (req, res) => {
  res.json(await articleService.addComment(req.params.slug, req.body?.comment, req.user));
}));

articlesRouter.delete('/articles/:slug/comments/:id', authRequired, wrap(async (req, res) => {
  await articleService.deleteComment(req.params.slug, req.params.id, req.user);
  res.json({});
}));

articlesRouter.get('/tags', wrap(async (req, res) => {
  res.json(await articleService.tags());
}));

module.exports = { articlesRouter };
