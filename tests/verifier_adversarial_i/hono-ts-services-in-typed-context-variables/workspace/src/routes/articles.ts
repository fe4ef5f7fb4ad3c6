import { Hono } from 'hono';
import type { AppEnv } from '../types.js';
import { authOptional, authRequired, bodyOf } from './auth.js';

export const articles = new Hono<AppEnv>();

articles.get('/articles', authOptional, async (c) => c.json(await c.get('services').articles.list(c.get('user'), c.req.query())));
articles.get('/articles/feed', authRequired, async (c) => c.json(await c.get('services').articles.feed(c.get('user'), c.req.query())));
articles.post('/articles', authRequired, async (c) =>
  c.json({ article: await c.get('services').articles.create(c.get('user'), await bodyOf(c, 'article')) }, 201));
articles.get('/articles/:slug', authOptional, async (c) =>
  c.json({ article: await c.get('services').articles.get(c.req.param('slug'), c.get('user')) }));
articles.put('/articles/:slug', authRequired, async (c) =>
  c.json({ article: await c.get('services').articles.update(c.req.param('slug'), c.get('user'), await bodyOf(c, 'article')) }));
articles.delete('/articles/:slug', authRequired, async (c) => {
  await c.get('services').articles.remove(c.req.param('slug'), c.get('user'));
  return c.json({});
});
articles.post('/articles/:slug/favorite', authRequired, async (c) =>
  c.json({ article: await c.get('services').articles.favorite(c.req.param('slug'), c.get('user'), true) }));
articles.delete('/articles/:slug/favorite', authRequired, async (c) =>
  c.json({ article: await c.get('services').articles.favorite(c.req.param('slug'), c.get('user'), false) }));
articles.get('/articles/:slug/comments', authOptional, async (c) =>
  c.json({ comments: await c.get('services').comments.list(c.req.param('slug'), c.get('user')) }));
articles.post('/articles/:slug/comments', authRequired, async (c) =>
  c.json({ comment: await c.get('services').comments.add(c.req.param('slug'), c.get('user'), await bodyOf(c, 'comment')) }));
articles.delete('/articles/:slug/comments/:id', authRequired, async (c) => {
  await c.get('services').comments.remove(c.req.param('slug'), c.req.param('id'), c.get('user'));
  return c.json({});
});
articles.get('/tags', async (c) => c.json({ tags: await c.get('services').articles.tags() }));
