'use strict';

const { Router } = require('express');

function articleRoutes(articles, auth) {
  const router = Router();

  router.get('/articles', auth.optional, async (req, res) => {
    res.json(await articles.list(req.query, req.userId));
  });

  router.get('/articles/feed', auth.required, async (req, res) => {
    res.json(await articles.feed(req.userId, req.query));
  });

  router.post('/articles', auth.required, async (req, res) => {
    res.status(201).json({ article: await articles.create(req.userId, req.body?.article) });
  });

  router.get('/articles/:slug', auth.optional, async (req, res) => {
    res.json({ article: await articles.get(req.params.slug, req.userId) });
  });

  router.put('/articles/:slug', auth.required, async (req, res) => {
    res.json({ article: await articles.update(req.params.slug, req.userId, req.body?.article) });
  });

  router.delete('/articles/:slug', auth.required, async (req, res) => {
    await articles.remove(req.params.slug, req.userId);
    res.json({});
  });

  router.post('/articles/:slug/favorite', auth.required, async (req, res) => {
    res.json({ article: await articles.favorite(req.params.slug, req.userId) });
  });

  router.delete('/articles/:slug/favorite', auth.required, async (req, res) => {
    res.json({ article: await articles.unfavorite(req.params.slug, req.userId) });
  });

  router.get('/tags', async (req, res) => {
    const tagSource = req.container.resolve('articleRepository');
    res.json({ tags: await tagSource.allTagNames() });
  });

  return router;
}

module.exports = { articleRoutes };
