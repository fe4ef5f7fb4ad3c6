'use strict';
// HTTP handlers (Hono app).
const { Hono } = require('hono');
const { getConnInfo } = require('@hono/node-server/conninfo');

const paging = (q) => ({ limit: Math.min(Number(q.limit) || 20, 100), offset: Number(q.offset) || 0 });

async function json(c) {
  try {
    return await c.req.json();
  } catch {
    return null;
  }
}

function apiApp({ userService, articleService }) {
  const api = new Hono();
  const auth = (c) => userService.authenticate(c.req.header('Authorization'));
  const maybe = (c) => userService.optionalUser(c.req.header('Authorization'));

  api.post('/users', async (c) => c.json(await userService.register(await json(c)), 201));
  api.post('/users/login', async (c) => c.json(await userService.login(await json(c), getConnInfo(c).remote.address || 'unknown')));
  api.get('/user', async (c) => c.json(userService.userBody(await auth(c))));
  api.put('/user', async (c) => c.json(await userService.update(await auth(c), await json(c))));
  api.get('/profiles/:username', async (c) => c.json(await userService.profile(c.req.param('username'), await maybe(c))));
  api.post('/profiles/:username/follow', async (c) => c.json(await userService.follow(await auth(c), c.req.param('username'), true)));
  api.delete('/profiles/:username/follow', async (c) => c.json(await userService.follow(await auth(c), c.req.param('username'), false)));
  api.get('/articles', async (c) => {
    const q = c.req.query();
    return c.json(await articleService.list(await maybe(c), { tag: q.tag, author: q.author, favorited: q.favorited, ...paging(q) }));
  });
  api.get('/articles/feed', async (c) => c.json(await articleService.feed(await auth(c), paging(c.req.query()))));
  api.post('/articles', async (c) => c.json(await articleService.create(await auth(c), await json(c)), 201));
  api.get('/articles/:slug', async (c) => c.json(await articleService.get(c.req.param('slug'), await maybe(c))));
  api.put('/articles/:slug', async (c) => c.json(await articleService.update(await auth(c), c.req.param('slug'), await json(c))));
  api.delete('/articles/:slug', async (c) => { await articleService.remove(await auth(c), c.req.param('slug')); return c.json({}); });
  api.post('/articles/:slug/favorite', async (c) => c.json(await articleService.favorite(await auth(c), c.req.param('slug'), true)));
  api.delete('/articles/:slug/favorite', async (c) => c.json(await articleService.favorite(await auth(c), c.req.param('slug'), false)));
  api.get('/articles/:slug/comments', async (c) => c.json(await articleService.comments(c.req.param('slug'), await maybe(c))));
  api.post('/articles/:slug/comments', async (c) => c.json(await articleService.addComment(await auth(c), c.req.param('slug'), await json(c))));
  api.delete('/articles/:slug/comments/:id', async (c) => {
    await articleService.removeComment(await auth(c), c.req.param('slug'), Number(c.req.param('id')));
    return c.json({});
  });
  api.get('/profiles/:username/tags', async (c) => c.json(await userService.tagsOf(c.req.param('username'))));
  api.get('/tags', async (c) => c.json(await articleService.tags()));
  return api;
}

module.exports = { apiApp };
