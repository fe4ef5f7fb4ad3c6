import { Hono } from 'hono';
import * as userService from '../services/users.js';
import * as profileService from '../services/profiles.js';
import * as articleService from '../services/articles.js';

const api = new Hono();

async function body(c, key) {
  try {
    const data = await c.req.json();
    return data?.[key];
  } catch {
    return undefined;
  }
}

const auth = (c) => c.req.header('Authorization');
const token = (c) => (auth(c) || '').slice(6).trim();
const required = (c) => userService.viewerFrom(c);
const optional = (c) => userService.viewerFrom(c, false);

api.post('/users', async (c) => c.json({ user: await userService.register(await body(c, 'user')) }, 201));
api.post('/users/login', async (c) => c.json({ user: await userService.login(await body(c, 'user')) }));
api.get('/user', async (c) => c.json({ user: userService.userJson(await required(c), token(c)) }));
api.put('/user', async (c) => {
  const user = await required(c);
  return c.json({ user: await userService.updateUser(user, await body(c, 'user'), token(c)) });
});

api.get('/profiles/:username', async (c) =>
  c.json({ profile: await profileService.getProfile(c.req.param('username'), await optional(c)) }));
api.post('/profiles/:username/follow', async (c) =>
  c.json({ profile: await profileService.follow(c.req.param('username'), await required(c)) }));
api.delete('/profiles/:username/follow', async (c) =>
  c.json({ profile: await profileService.unfollow(c.req.param('username'), await required(c)) }));

api.get('/articles', async (c) => c.json(await articleService.listArticles(c.req.query(), await optional(c))));
api.get('/articles/feed', async (c) => c.json(await articleService.feed(c.req.query(), await required(c))));
api.post('/articles', async (c) => {
  const user = await required(c);
  return c.json(await articleService.createArticle(await body(c, 'article'), user), 201);
});
api.get('/articles/:slug', async (c) => c.json(await articleService.getArticle(c.req.param('slug'), await optional(c))));
api.put('/articles/:slug', async (c) => {
  const user = await required(c);
  return c.json(await articleService.updateArticle(c.req.param('slug'), await body(c, 'article'), user));
});
api.delete('/articles/:slug', async (c) => {
  await articleService.deleteArticle(c.req.param('slug'), await required(c));
  return c.json({});
});
api.post('/articles/:slug/favorite', async (c) =>
  c.json(await articleService.favorite(c.req.param('slug'), await required(c), true)));
api.delete('/articles/:slug/favorite', async (c) =>
  c.json(await articleService.favorite(c.req.param('slug'), await required(c), false)));
api.get('/articles/:slug/comments', async (c) =>
  c.json(await articleService.listComments(c.req.param('slug'), await optional(c))));
api.post('/articles/:slug/comments', async (c) => {
  const user = await required(c);
  return c.json(await articleService.addComment(c.req.param('slug'), await body(c, 'comment'), user));
});
api.delete('/articles/:slug/comments/:id', async (c) => {
  await articleService.deleteComment(c.req.param('slug'), c.req.param('id'), await required(c));
  return c.json({});
});
api.get('/tags', async (c) => c.json(await articleService.tags()));

export default api;
