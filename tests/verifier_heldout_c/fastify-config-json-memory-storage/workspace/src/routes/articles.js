'use strict';
const articleService = require('../services/articleService');
const { viewerFrom, section } = require('./http');

async function articleRoutes(app) {
  const viewer = (req, required) => viewerFrom(req.headers.authorization, required);
  app.get('/articles', async (req) => articleService.list(await viewer(req, false), req.query));
  app.get('/articles/feed', async (req) => articleService.feed(await viewer(req, true), req.query));
  app.post('/articles', async (req, reply) => reply.code(201).send({ article: await articleService.create(await viewer(req, true), section(req.body, 'article')) }));
  app.get('/articles/:slug', async (req) => ({ article: await articleService.get(req.params.slug, await viewer(req, false)) }));
  app.put('/articles/:slug', async (req) => ({ article: await articleService.update(await viewer(req, true), req.params.slug, section(req.body, 'article')) }));
  app.delete('/articles/:slug', async (req, reply) => {
    await articleService.remove(await viewer(req, true), req.params.slug);
    return reply.code(204).send();
  });
  app.post('/articles/:slug/favorite', async (req) => ({ article: await articleService.favorite(await viewer(req, true), req.params.slug, true) }));
  app.delete('/articles/:slug/favorite', async (req) => ({ article: await articleService.favorite(await viewer(req, true), req.params.slug, false) }));
  app.get('/articles/:slug/comments', async (req) => ({ comments: await articleService.comments(req.params.slug) }));
  app.post('/articles/:slug/comments', async (req) => ({ comment: await articleService.addComment(await viewer(req, true), req.params.slug, section(req.body, 'comment').body) }));
  app.delete('/articles/:slug/comments/:id', async (req, reply) => {
    await articleService.removeComment(await viewer(req, true), req.params.slug, req.params.id);
    return reply.code(204).send();
  });
  app.get('/tags', async () => ({ tags: await articleService.tags() }));
}

module.exports = articleRoutes;
