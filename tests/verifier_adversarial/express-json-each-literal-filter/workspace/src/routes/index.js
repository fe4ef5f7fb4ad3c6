'use strict';
const express = require('express');
const { DomainError, NotFoundError, ForbiddenError, UnauthorizedError, ConflictError } = require('../services/errors');
const { readToken } = require('../services/security');

const STATUS = new Map([[UnauthorizedError, 401], [ForbiddenError, 403], [NotFoundError, 404], [ConflictError, 409]]);

function buildRouter({ services, secret }) {
  const router = express.Router();
  const viewer = (req) => {
    const header = req.get('authorization') || '';
    return header.startsWith('Token ') ? readToken(header.slice(6), secret) : null;
  };
  const requireUser = (req, res, next) => {
    req.userId = viewer(req);
    if (!req.userId) return res.status(401).json({ errors: { body: ['missing or invalid token'] } });
    return next();
  };

  router.get('/health-check', (req, res) => res.json({ status: 'ok' }));
  router.post('/users', async (req, res) => res.status(201).json({ user: await services.users.register(req.body.user || {}) }));
  router.post('/users/login', async (req, res) => res.json({ user: await services.users.login(req.body.user || {}) }));
  router.get('/profiles/:username', async (req, res) => res.json({ profile: await services.users.profile(req.params.username, viewer(req)) }));
  router.get('/articles', async (req, res) => {
    const { tag, author, limit = '20', offset = '0' } = req.query;
    res.json(await services.articles.list({ tag, author, limit: Number(limit), offset: Number(offset) }, viewer(req)));
  });
  router.post('/articles', requireUser, async (req, res) => res.status(201).json({ article: await services.articles.create(req.userId, req.body.article || {}) }));
  router.get('/articles/:slug', async (req, res) => res.json({ article: await services.articles.get(req.params.slug, viewer(req)) }));
  router.delete('/articles/:slug', requireUser, async (req, res) => {
    await services.articles.remove(req.params.slug, req.userId);
    res.json({});
  });

  router.use((err, req, res, next) => {
    if (!(err instanceof DomainError)) return next(err);
    return res.status(STATUS.get(err.constructor) || 422).json({ errors: { [err.key]: [err.message] } });
  });
  return router;
}

module.exports = { buildRouter };
