'use strict';
const { Hono } = require('hono');
const articleService = require('../services/articleService');
const { viewerFrom, section } = require('./http');

const articles = new Hono();
const viewer = (c, required) => viewerFrom(c.req.header('Authorization'), required);
const json = async (c) => c.req.json().catch(() => null);

articles.get('/articles', async (c) => c.json(await articleService.list(await viewer(c, false), c.req.query())));
articles.get('/articles/feed', async (c) => c.json(await articleService.feed(await viewer(c, true), c.req.query())));
articles.post('/articles', async (c) => c.json({ article: await articleService.create(await viewer(c, true), section(await json(c), 'article')) }, 201));
articles.get('/articles/:slug', async (c) => c.json({ article: await articleService.get(c.req.param('slug'), await viewer(c, false)) }));
articles.put('/articles/:slug', async (c) => c.json({ article: await articleService.update(await viewer(c, true), c.req.param('slug'), section(await json(c), 'article')) }));
articles.delete('/articles/:slug', async (c) => {
  await articleService.remove(await viewer(c, true), c.req.param('slug'));
  return c.body(null, 204);
});
articles.post('/articles/:slug/favorite', async (c) => c.json({ article: await articleService.favorite(await viewer(c, true), c.req.param('slug'), true) }));
articles.delete('/articles/:slug/favorite', async (c) => c.json({ article: await articleService.favorite(await viewer(c, true), c.req.param('slug'), false) }));
articles.get('/articles/:slug/comments', async (c) => c.json({ comments: await articleService.comments(c.req.param('slug')) }));
articles.post('/articles/:slug/comments', async (c) => c.json({ comment: await articleService.addComment(await viewer(c, true), c.req.param('slug'), section(await json(c), 'comment').body) }));
articles.delete('/articles/:slug/comments/:id', async (c) => {
  await articleService.removeComment(await viewer(c, true), c.req.param('slug'), c.req.param('id'));
  return c.body(null, 204);
});
articles.get('/tags', async (c) => c.json({ tags: await articleService.tags() }));

module.exports = articles;
