'use strict';
// HTTP handlers (Express router): parse, call a service, answer JSON.
const express = require('express');

const wrap = (fn) => (req, res, next) => Promise.resolve(fn(req, res)).catch(next);
const paging = (q) => ({ limit: Math.min(Number(q.limit) || 20, 100), offset: Number(q.offset) || 0 });

function apiRouter({ userService, articleService }) {
  const router = express.Router();
  const auth = (req) => userService.authenticate(req.get('authorization'));
  const maybe = (req) => userService.optionalUser(req.get('authorization'));

  router.post('/users', wrap(async (req, res) => res.status(201).json(await userService.register(req.body))));
  router.post('/users/login', wrap(async (req, res) => res.json(await userService.login(req.body, req.ip))));
  router.get('/user', wrap(async (req, res) => res.json(userService.userBody(await auth(req)))));
  router.put('/user', wrap(async (req, res) => res.json(await userService.update(await auth(req), req.body))));

  router.get('/profiles/:username', wrap(async (req, res) => res.json(await userService.profile(req.params.username, await maybe(req)))));
  router.post('/profiles/:username/follow', wrap(async (req, res) => res.json(await userService.follow(await auth(req), req.params.username, true))));
  router.delete('/profiles/:username/follow', wrap(async (req, res) => res.json(await userService.follow(await auth(req), req.params.username, false))));

  router.get('/articles', wrap(async (req, res) => {
    const { tag, author, favorited } = req.query;
    res.json(await articleService.list(await maybe(req), { tag, author, favorited, ...paging(req.query) }));
  }));
  router.get('/articles/feed', wrap(async (req, res) => res.json(await articleService.feed(await auth(req), paging(req.query)))));
  router.post('/articles', wrap(async (req, res) => res.status(201).json(await articleService.create(await auth(req), req.body))));
  router.get('/articles/:slug', wrap(async (req, res) => res.json(await articleService.get(req.params.slug, await maybe(req)))));
  router.put('/articles/:slug', wrap(async (req, res) => res.json(await articleService.update(await auth(req), req.params.slug, req.body))));
  router.delete('/articles/:slug', wrap(async (req, res) => { await articleService.remove(await auth(req), req.params.slug); res.json({}); }));
  router.post('/articles/:slug/favorite', wrap(async (req, res) => res.json(await articleService.favorite(await auth(req), req.params.slug, true))));
  router.delete('/articles/:slug/favorite', wrap(async (req, res) => res.json(await articleService.favorite(await auth(req), req.params.slug, false))));
  router.get('/articles/:slug/comments', wrap(async (req, res) => res.json(await articleService.comments(req.params.slug, await maybe(req)))));
  router.post('/articles/:slug/comments', wrap(async (req, res) => res.json(await articleService.addComment(await auth(req), req.params.slug, req.body))));
  router.delete('/articles/:slug/comments/:id', wrap(async (req, res) => {
    await articleService.removeComment(await auth(req), req.params.slug, Number(req.params.id));
    res.json({});
  }));
  router.get('/tags', wrap(async (_req, res) => res.json(await articleService.tags())));
  return router;
}

module.exports = { apiRouter };
