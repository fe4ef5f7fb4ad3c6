'use strict';

const express = require('express');
const { ApiError, invalid } = require('./errors.js');
const articles = require('./services/articles.js');
const users = require('./services/users.js');

const body = (req, key) => {
  const value = req.body?.[key];
  if (!value || typeof value !== 'object') throw invalid('body', `${key} is required`);
  return value;
};

const viewer = (req, required = false) => users.resolveViewer(req.get('authorization'), required);

function createApp() {
  const app = express();
  app.use(express.json());
  const r = express.Router();

  r.post('/users', async (req, res) => res.status(201).json({ user: await users.register(body(req, 'user')) }));
  r.post('/users/login', async (req, res) => res.json({ user: await users.login(body(req, 'user')) }));
  r.get('/user', async (req, res) => res.json({ user: await users.current(await viewer(req, true)) }));
  r.put('/user', async (req, res) => {
    const id = await viewer(req, true);
    res.json({ user: await users.update(id, body(req, 'user')) });
  });
  r.get('/profiles/:username', async (req, res) =>
    res.json({ profile: await users.profile(req.params.username, await viewer(req)) }));
  r.post('/profiles/:username/follow', async (req, res) =>
    res.json({ profile: await users.setFollowing(req.params.username, await viewer(req, true), true) }));
  r.delete('/profiles/:username/follow', async (req, res) =>
    res.json({ profile: await users.setFollowing(req.params.username, await viewer(req, true), false) }));

  r.get('/articles', async (req, res) => res.json(await articles.list(req.query, await viewer(req))));
  r.get('/articles/feed', async (req, res) => res.json(await articles.feed(req.query, await viewer(req, true))));
  r.post('/articles', async (req, res) => {
    const id = await viewer(req, true);
    res.status(201).json({ article: await articles.create(body(req, 'article'), id) });
  });
  r.get('/articles/:slug', async (req, res) => res.json({ article: await articles.get(req.params.slug, await viewer(req)) }));
  r.put('/articles/:slug', async (req, res) => {
    const id = await viewer(req, true);
    res.json({ article: await articles.update(req.params.slug, body(req, 'article'), id) });
  });
  r.delete('/articles/:slug', async (req, res) => {
    await articles.remove(req.params.slug, await viewer(req, true));
    res.json({});
  });
  r.post('/articles/:slug/favorite', async (req, res) =>
    res.json({ article: await articles.setFavorite(req.params.slug, await viewer(req, true), true) }));
  r.delete('/articles/:slug/favorite', async (req, res) =>
    res.json({ article: await articles.setFavorite(req.params.slug, await viewer(req, true), false) }));
  r.get('/articles/:slug/comments', async (req, res) =>
    res.json({ comments: await articles.listComments(req.params.slug, await viewer(req)) }));
  r.post('/articles/:slug/comments', async (req, res) => {
    const id = await viewer(req, true);
    res.json({ comment: await articles.addComment(req.params.slug, body(req, 'comment'), id) });
  });
  r.delete('/articles/:slug/comments/:id', async (req, res) => {
    await articles.deleteComment(req.params.slug, req.params.id, await viewer(req, true));
    res.json({});
  });
  r.get('/tags', async (_req, res) => res.json({ tags: await articles.tags() }));

  app.use('/api', r);
  app.use((req, res) => res.status(404).json({ errors: { body: ['not found'] } }));
  app.use((err, _req, res, _next) => {
    if (err instanceof ApiError) return res.status(err.status).json(err.toJSON());
    if (err.type === 'entity.parse.failed') return res.status(422).json({ errors: { body: ['invalid JSON'] } });
    console.error(err);
    return res.status(500).json({ errors: { body: ['internal error'] } });
  });
  return app;
}

module.exports = { createApp };
