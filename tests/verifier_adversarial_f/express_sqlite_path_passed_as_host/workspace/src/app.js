'use strict';
// HTTP layer: parse requests, call services, map errors to responses.
const express = require('express');
const users = require('./services/users');
const articles = require('./services/articles');
const { readToken } = require('./services/security');
const { AppError, invalid, unauthorized } = require('./services/errors');
const { createLoginLimiter } = require('./middleware/rateLimit');

const wrap = (fn) => (req, res, next) => Promise.resolve(fn(req, res)).catch(next);
const body = (req, key) => {
  if (!req.body || typeof req.body[key] !== 'object' || req.body[key] === null) throw invalid('body', `${key} is required`);
  return req.body[key];
};
const required = (req) => {
  if (!req.userId) throw unauthorized();
  return req.userId;
};

function buildApp() {
  const app = express();
  const limited = createLoginLimiter();
  app.use(express.json());
  app.use((req, _res, next) => { req.userId = readToken(req.get('authorization')); next(); });

  app.post('/api/users', wrap(async (req, res) => res.status(201).json({ user: await users.register(body(req, 'user')) })));
  app.post('/api/users/login', wrap(async (req, res) => {
    const wait = limited(req.ip);
    if (wait) return res.status(429).set('Retry-After', String(wait)).json({ errors: { body: ['too many login attempts'] } });
    return res.json({ user: await users.login(body(req, 'user')) });
  }));
  app.get('/api/user', wrap(async (req, res) => res.json({ user: await users.current(required(req)) })));
  app.get('/api/profiles/:username', wrap(async (req, res) => res.json({ profile: await users.profile(req.params.username, req.userId) })));
  app.get('/api/articles', wrap(async (req, res) => res.json(await articles.list(req.userId, {
    tag: req.query.tag, author: req.query.author, favorited: req.query.favorited,
    limit: Number(req.query.limit || 20), offset: Number(req.query.offset || 0),
  }))));
  app.post('/api/articles', wrap(async (req, res) => res.status(201).json({ article: await articles.create(required(req), body(req, 'article')) })));
  app.get('/api/articles/:slug', wrap(async (req, res) => res.json({ article: await articles.get(req.params.slug, req.userId) })));
  app.delete('/api/articles/:slug', wrap(async (req, res) => { await articles.remove(req.params.slug, required(req)); res.json({}); }));
  app.get('/api/tags', wrap(async (_req, res) => res.json(await articles.tags())));

  app.use((err, _req, res, _next) => {
    if (err instanceof AppError) return res.status(err.status).json({ errors: err.errors });
    if (err.type === 'entity.parse.failed') return res.status(422).json({ errors: { body: ['is not JSON'] } });
    console.error(err);
    return res.status(500).json({ errors: { body: ['internal error'] } });
  });
  return app;
}

module.exports = { buildApp };
