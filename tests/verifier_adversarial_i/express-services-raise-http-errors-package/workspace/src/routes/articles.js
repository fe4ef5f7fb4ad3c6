'use strict';

const { Router } = require('express');
const { articleService } = require('../services/articleService');
const { commentService } = require('../services/commentService');
const { authOptional, authRequired } = require('./auth');

const articlesRouter = Router();

articlesRouter.get('/articles', authOptional, async (req, res) => {
  res.json(await articleService.list(req.user, req.query));
});

articlesRouter.get('/articles/feed', authRequired, async (req, res) => {
  res.json(await articleService.feed(req.user, req.query));
});

articlesRouter.post('/articles', authRequired, async (req, res) => {
  res.status(201).json({ article: await articleService.create(req.user, req.body.article) });
});

articlesRouter.get('/articles/:slug', authOptional, async (req, res) => {
  res.json({ article: await articleService.get(req.params.slug, req.user) });
});

articlesRouter.put('/articles/:slug', authRequired, async (req, res) => {
  res.json({ article: await articleService.update(req.params.slug, req.user, req.body.article) });
});

articlesRouter.delete('/articles/:slug', authRequired, async (req, res) => {
  await articleService.remove(req.params.slug, req.user);
  res.json({});
});

articlesRouter.post('/articles/:slug/favorite', authRequired, async (req, res) => {
  res.json({ article: await articleService.favorite(req.params.slug, req.user, true) });
});

articlesRouter.delete('/articles/:slug/favorite', authRequired, async (req, res) => {
  res.json({ article: await articleService.favorite(req.params.slug, req.user, false) });
});

articlesRouter.get('/articles/:slug/comments', authOptional, async (req, res) => {
  res.json({ comments: await commentService.list(req.params.slug, req.user) });
});

articlesRouter.post('/articles/:slug/comments', authRequired, async (req, res) => {
  res.json({ comment: await commentService.add(req.params.slug, req.user, req.body.comment) });
});

articlesRouter.delete('/articles/:slug/comments/:id', authRequired, async (req, res) => {
  await commentService.remove(req.params.slug, req.params.id, req.user);
  res.json({});
});

articlesRouter.get('/tags', async (req, res) => {
  res.json({ tags: await articleService.tags() });
});

module.exports = { articlesRouter };
