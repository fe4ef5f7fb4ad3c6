import { Hono } from 'hono';
import { ApiError, invalid } from './errors.js';
import * as articles from './services/articles.js';
import * as users from './services/users.js';

async function body(c, key) {
  let data;
  try {
    data = await c.req.json();
  } catch {
    data = null;
  }
  const value = data?.[key];
  if (!value || typeof value !== 'object') throw invalid('body', `${key} is required`);
  return value;
}

const viewer = (c, required = false) => users.resolveViewer(c.req.header('authorization'), required);

export function createApp() {
  const api = new Hono();
  api.post('/users', async (c) => c.json({ user: await users.register(await body(c, 'user')) }, 201));
  api.post('/users/login', async (c) => c.json({ user: await users.login(await body(c, 'user')) }));
  api.get('/user', async (c) => c.json({ user: await users.current(await viewer(c, true)) }));
  api.put('/user', async (c) => {
    const id = await viewer(c, true);
    return c.json({ user: await users.update(id, await body(c, 'user')) });
  });
  api.get('/profiles/:username', async (c) => c.json({ profile: await users.profile(c.req.param('username'), await viewer(c)) }));
  api.post('/profiles/:username/follow', async (c) =>
    c.json({ profile: await users.setFollowing(c.req.param('username'), await viewer(c, true), true) }));
  api.delete('/profiles/:username/follow', async (c) =>
    c.json({ profile: await users.setFollowing(c.req.param('username'), await viewer(c, true), false) }));
  api.get('/articles', async (c) => c.json(await articles.list(c.req.query(), await viewer(c))));
  api.get('/articles/feed', async (c) => c.json(await articles.feed(c.req.query(), await viewer(c, true))));
  api.post('/articles', async (c) => {
    const id = await viewer(c, true);
    return c.json({ article: await articles.create(await body(c, 'article'), id) }, 201);
  });
  api.get('/articles/:slug', async (c) => c.json({ article: await articles.get(c.req.param('slug'), await viewer(c)) }));
  api.put('/articles/:slug', async (c) => {
    const id = await viewer(c, true);
    return c.json({ article: await articles.update(c.req.param('slug'), await body(c, 'article'), id) });
  });
  api.delete('/articles/:slug', async (c) => {
    await articles.remove(c.req.param('slug'), await viewer(c, true));
    return c.json({});
  });
  api.post('/articles/:slug/favorite', async (c) =>
    c.json({ article: await articles.setFavorite(c.req.param('slug'), await viewer(c, true), true) }));
  api.delete('/articles/:slug/favorite', async (c) =>
    c.json({ article: await articles.setFavorite(c.req.param('slug'), await viewer(c, true), false) }));
  api.get('/articles/:slug/comments', async (c) =>
    c.json({ comments: await articles.listComments(c.req.param('slug'), await viewer(c)) }));
  api.post('/articles/:slug/comments', async (c) => {
    const id = await viewer(c, true);
    return c.json({ comment: await articles.addComment(c.req.param('slug'), await body(c, 'comment'), id) });
  });
  api.delete('/articles/:slug/comments/:id', async (c) => {
    await articles.deleteComment(c.req.param('slug'), c.req.param('id'), await viewer(c, true));
    return c.json({});
  });
  api.get('/tags', async (c) => c.json({ tags: await articles.tags() }));

  const app = new Hono();
  app.route('/api', api);
  app.notFound((c) => c.json({ errors: { body: ['not found'] } }, 404));
  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(err.toJSON(), err.status);
    console.error(err);
    return c.json({ errors: { body: ['internal error'] } }, 500);
  });
  return app;
}
