'use strict';

const Fastify = require('fastify');
const { ApiError, invalid } = require('./errors.js');
const articles = require('./services/articles.js');
const users = require('./services/users.js');

const body = (req, key) => {
  const value = req.body?.[key];
  if (!value || typeof value !== 'object') throw invalid('body', `${key} is required`);
  return value;
};

const viewer = (req, required = false) => users.resolveViewer(req.headers.authorization, required);

async function routes(app) {
  app.post('/users', async (req, reply) => reply.code(201).send({ user: await users.register(body(req, 'user')) }));
  app.post('/users/login', async (req) => ({ user: await users.login(body(req, 'user')) }));
  app.get('/user', async (req) => ({ user: await users.current(await viewer(req, true)) }));
  app.put('/user', async (req) => {
    const id = await viewer(req, true);
    return { user: await users.update(id, body(req, 'user')) };
  });
  app.get('/profiles/:username', async (req) => ({ profile: await users.profile(req.params.username, await viewer(req)) }));
  app.post('/profiles/:username/follow', async (req) => ({
    profile: await users.setFollowing(req.params.username, await viewer(req, true), true),
  }));
  app.delete('/profiles/:username/follow', async (req) => ({
    profile: await users.setFollowing(req.params.username, await viewer(req, true), false),
  }));
  app.get('/articles', async (req) => articles.list(req.query, await viewer(req)));
  app.get('/articles/feed', async (req) => articles.feed(req.query, await viewer(req, true)));
  app.post('/articles', async (req, reply) => {
    const id = await viewer(req, true);
    return reply.code(201).send({ article: await articles.create(body(req, 'article'), id) });
  });
  app.get('/articles/:slug', async (req) => ({ article: await articles.get(req.params.slug, await viewer(req)) }));
  app.put('/articles/:slug', async (req) => {
    const id = await viewer(req, true);
    return { article: await articles.update(req.params.slug, body(req, 'article'), id) };
  });
  app.delete('/articles/:slug', async (req) => {
    await articles.remove(req.params.slug, await viewer(req, true));
    return {};
  });
  app.post('/articles/:slug/favorite', async (req) => ({
    article: await articles.setFavorite(req.params.slug, await viewer(req, true), true),
  }));
  app.delete('/articles/:slug/favorite', async (req) => ({
    article: await articles.setFavorite(req.params.slug, await viewer(req, true), false),
  }));
  app.get('/articles/:slug/comments', async (req) => ({ comments: await articles.listComments(req.params.slug, await viewer(req)) }));
  app.post('/articles/:slug/comments', async (req) => {
    const id = await viewer(req, true);
    return { comment: await articles.addComment(req.params.slug, body(req, 'comment'), id) };
  });
  app.delete('/articles/:slug/comments/:id', async (req) => {
    await articles.deleteComment(req.params.slug, req.params.id, await viewer(req, true));
    return {};
  });
  app.get('/tags', async () => ({ tags: await articles.tags() }));
}

function buildApp(opts = {}) {
  const app = Fastify({ logger: opts.logger ?? false });
  app.setErrorHandler((err, _req, reply) => {
    if (err instanceof ApiError) return reply.code(err.status).send(err.toJSON());
    if (err.statusCode === 400) return reply.code(422).send({ errors: { body: [err.message] } });
    app.log.error(err);
    return reply.code(500).send({ errors: { body: ['internal error'] } });
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ errors: { body: ['not found'] } }));
  app.register(routes, { prefix: '/api' });
  return app;
}

module.exports = { routes, buildApp };
