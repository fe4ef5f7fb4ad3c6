'use strict';
// HTTP layer: parse requests, call services, map errors to responses.
const Fastify = require('fastify');
const users = require('./services/users');
const articles = require('./services/articles');
const { readToken } = require('./services/security');
const { AppError, invalid, unauthorized } = require('./services/errors');
const { createLoginLimiter } = require('./middleware/rateLimit');

const body = (req, key) => {
  if (!req.body || typeof req.body[key] !== 'object' || req.body[key] === null) throw invalid('body', `${key} is required`);
  return req.body[key];
};
const required = (req) => {
  if (!req.userId) throw unauthorized();
  return req.userId;
};

function buildApp(opts = {}) {
  const app = Fastify({ logger: false, ...opts });
  const limited = createLoginLimiter();
  app.decorateRequest('userId', null);
  app.addHook('onRequest', async (req) => { req.userId = readToken(req.headers.authorization); });
  app.setErrorHandler((err, _req, reply) => {
    if (err instanceof AppError) return reply.status(err.status).send({ errors: err.errors });
    if (err.statusCode === 400) return reply.status(422).send({ errors: { body: [err.message] } });
    return reply.status(500).send({ errors: { body: ['internal error'] } });
  });

  app.post('/api/users', async (req, reply) => reply.status(201).send({ user: await users.register(body(req, 'user')) }));
  app.post('/api/users/login', async (req, reply) => {
    const wait = limited(req.ip);
    if (wait) return reply.status(429).header('Retry-After', String(wait)).send({ errors: { body: ['too many login attempts'] } });
    return { user: await users.login(body(req, 'user')) };
  });
  app.get('/api/user', async (req) => ({ user: await users.current(required(req)) }));
  app.get('/api/profiles/:username', async (req) => ({ profile: await users.profile(req.params.username, req.userId) }));
  app.get('/api/articles', async (req) => articles.list(req.userId, {
    tag: req.query.tag, author: req.query.author, favorited: req.query.favorited,
    limit: Number(req.query.limit || 20), offset: Number(req.query.offset || 0),
  }));
  app.post('/api/articles', async (req, reply) => reply.status(201).send({ article: await articles.create(required(req), body(req, 'article')) }));
  app.get('/api/articles/:slug', async (req) => ({ article: await articles.get(req.params.slug, req.userId) }));
  app.delete('/api/articles/:slug', async (req) => { await articles.remove(req.params.slug, required(req)); return {}; });
  app.get('/api/tags', async () => articles.tags());
  return app;
}

module.exports = { buildApp };
