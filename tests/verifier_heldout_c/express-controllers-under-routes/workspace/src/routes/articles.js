'use strict';
const express = require('express');
const articleService = require('../services/articleService');
const { viewerFrom, section } = require('./http');
const tagController = require('./controllers/tagController');

const router = express.Router();
const wrap = (fn) => (req, res, next) => fn(req, res).catch(next);
const viewer = (req, required) => viewerFrom(req.get('Authorization'), required);

router.get('/articles', wrap(async (req, res) => res.json(await articleService.list(await viewer(req, false), req.query))));
router.get('/articles/feed', wrap(async (req, res) => res.json(await articleService.feed(await viewer(req, true), req.query))));
router.post('/articles', wrap(async (req, res) => {
  res.status(201).json({ article: await articleService.create(await viewer(req, true), section(req.body, 'article')) });
}));
router.get('/articles/:slug', wrap(async (req, res) => {
  res.json({ article: await articleService.get(req.params.slug, await viewer(req, false)) });
}));
router.put('/articles/:slug', wrap(async (req, res) => {
  res.json({ article: await articleService.update(await viewer(req, true), req.params.slug, section(req.body, 'article')) });
}));
router.delete('/articles/:slug', wrap(async (req, res) => {
  await articleService.remove(await viewer(req, true), req.params.slug);
  res.status(204).end();
}));
router.post('/articles/:slug/favorite', wrap(async (req, res) => {
  res.json({ article: await articleService.favorite(await viewer(req, true), req.params.slug, true) });
}));
router.delete('/articles/:slug/favorite', wrap(async (req, res) => {
  res.json({ article: await articleService.favorite(await viewer(req, true), req.params.slug, false) });
}));
router.get('/articles/:slug/comments', wrap(async (req, res) => {
  res.json({ comments: await articleService.comments(req.params.slug) });
}));
router.post('/articles/:slug/comments', wrap(async (req, res) => {
  const body = section(req.body, 'comment').body;
  res.json({ comment: await articleService.addComment(await viewer(req, true), req.params.slug, body) });
}));
router.delete('/articles/:slug/comments/:id', wrap(async (req, res) => {
  await articleService.removeComment(await viewer(req, true), req.params.slug, req.params.id);
  res.status(204).end();
}));
router.get('/tags', wrap(tagController.listTags));

module.exports = router;
