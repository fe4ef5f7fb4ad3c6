import { Hono } from 'hono';
import { articleService } from '../services/articleService.js';
import { commentService } from '../services/commentService.js';
import { authOptional, authRequired, bodyOf } from './auth.js';

export const articles = new Hono();

articles.get('/articles', authOptional, async (c) => c.json(await articleService.list(c.get('user'), c.req.query())));
articles.get('/articles/feed', authRequired, async (c) => c.json(await articleService.feed(c.get('user'), c.req.query())));
articles.post('/articles', authRequired, async (c) =>
  c.json({ article: await articleService.create(c.get('user'), await bodyOf(c, 'article')) }, 201));
articles.get('/articles/:slug', authOptional, async (c) =>
  c.json({ article: await articleService.get(c.req.param('slug'), c.get('user')) }));
articles.put('/articles/:slug', authRequired, async (c) =>
  c.json({ article: await articleService.update(c.req.param('slug'), c.get('user'), await bodyOf(c, 'article')) }));
articles.delete('/articles/:slug', authRequired, async (c) => {
  await articleService.remove(c.req.param('slug'), c.get('user'));
  return c.json({});
});
articles.post('/articles/:slug/favorite', authRequired, async (c) =>
  c.json({ article: await articleService.favorite(c.req.param('slug'), c.get('user'), true) }));
articles.delete('/articles/:slug/favorite', authRequired, async (c) =>
  c.json({ article: await articleService.favorite(c.req.param('slug'), c.get('user'), false) }));
articles.get('/articles/:slug/comments', authOptional, async (c) =>
  c.json({ comments: await commentService.list(c.req.param('slug'), c.get('user')) }));
articles.post('/articles/:slug/comments', authRequired, async (c) =>
  c.json({ comment: await commentService.add(c.req.param('slug'), c.get('user'), await bodyOf(c, 'comment')) }));
articles.delete('/articles/:slug/comments/:id', authRequired, async (c) => {
  await commentService.remove(c.req.param('slug'), c.req.param('id'), c.get('user'));
  return c.json({});
});
articles.get('/tags', async (c) => c.json({ tags: await articleService.tags() }));
