'use strict';
// HTTP layer: parse requests, call services, map errors to responses.
const { Hono } = require('hono');
const { getConnInfo } = require('@hono/node-server/conninfo');
const users = require('./services/users');
const articles = require('./services/articles');
const { readToken } = require('./services/security');
const { AppError, invalid, unauthorized } = require('./services/errors');
const { createLoginLimiter } = require('./middleware/rateLimit');

async function body(c, key) {
  let parsed;
  try { parsed = await c.req.json(); } catch { throw invalid('body', 'is not JSON'); }
  if (!parsed || typeof parsed[key] !== 'object' || parsed[key] === null) throw invalid('body', `${key} is required`);
  return parsed[key];
}
const required = (c) => {
  if (!c.get('userId')) throw unauthorized();
  return c.get('userId');
};

function buildApp() {
  const app = new Hono();
  const limited = createLoginLimiter();
  app.use('*', async (c, next) => { c.set('userId', readToken(c.req.header('authorization'))); await next(); });
  app.onError((err, c) => {
    if (err instanceof AppError) return c.json({ errors: err.errors }, err.status);
    console.error(err);
    return c.json({ errors: { body: ['internal error'] } }, 500);
  });

  app.post('/api/users', async (c) => c.json({ user: await users.register(await body(c, 'user')) }, 201));
  app.post('/api/users/login', async (c) => {
    const wait = limited(getConnInfo(c).remote.address || '?');
    if (wait) return c.json({ errors: { body: ['too many login attempts'] } }, 429, { 'Retry-After': String(wait) });
    return c.json({ user: await users.login(await body(c, 'user')) });
  });
  app.get('/api/user', async (c) => c.json({ user: await users.current(required(c)) }));
  app.get('/api/profiles/:username', async (c) => c.json({ profile: await users.profile(c.req.param('username'), c.get('userId')) }));
  app.get('/api/articles', async (c) => c.json(await articles.list(c.get('userId'), {
    tag: c.req.query('tag'), author: c.req.query('author'), favorited: c.req.query('favorited'),
    limit: Number(c.req.query('limit') || 20), offset: Number(c.req.query('offset') || 0),
  })));
  app.post('/api/articles', async (c) => c.json({ article: await articles.create(required(c), await body(c, 'article')) }, 201));
  app.get('/api/articles/:slug', async (c) => c.json({ article: await articles.get(c.req.param('slug'), c.get('userId')) }));
  app.delete('/api/articles/:slug', async (c) => { await articles.remove(c.req.param('slug'), required(c)); return c.json({}); });
  app.get('/api/tags', async (c) => c.json(await articles.tags()));
  return app;
}

module.exports = { buildApp };
