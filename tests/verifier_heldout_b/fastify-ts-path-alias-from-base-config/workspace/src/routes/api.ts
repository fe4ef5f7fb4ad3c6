// HTTP handlers as a Fastify plugin.
const paging = (q) => ({ limit: Math.min(Number(q.limit) || 20, 100), offset: Number(q.offset) || 0 });

async function apiRoutes(app, { userService, articleService }) {
  const auth = (req) => userService.authenticate(req.headers.authorization);
  const maybe = (req) => userService.optionalUser(req.headers.authorization);

  app.post('/users', async (req, reply) => reply.code(201).send(await userService.register(req.body)));
  app.post('/users/login', async (req) => userService.login(req.body, req.ip));
  app.get('/user', async (req) => userService.userBody(await auth(req)));
  app.put('/user', async (req) => userService.update(await auth(req), req.body));
  app.get('/profiles/:username', async (req) => userService.profile(req.params.username, await maybe(req)));
  app.post('/profiles/:username/follow', async (req) => userService.follow(await auth(req), req.params.username, true));
  app.delete('/profiles/:username/follow', async (req) => userService.follow(await auth(req), req.params.username, false));
  app.get('/articles', async (req) => {
    const { tag, author, favorited } = req.query;
    return articleService.list(await maybe(req), { tag, author, favorited, ...paging(req.query) });
  });
  app.get('/articles/feed', async (req) => articleService.feed(await auth(req), paging(req.query)));
  app.post('/articles', async (req, reply) => reply.code(201).send(await articleService.create(await auth(req), req.body)));
  app.get('/articles/:slug', async (req) => articleService.get(req.params.slug, await maybe(req)));
  app.put('/articles/:slug', async (req) => articleService.update(await auth(req), req.params.slug, req.body));
  app.delete('/articles/:slug', async (req) => { await articleService.remove(await auth(req), req.params.slug); return {}; });
  app.post('/articles/:slug/favorite', async (req) => articleService.favorite(await auth(req), req.params.slug, true));
  app.delete('/articles/:slug/favorite', async (req) => articleService.favorite(await auth(req), req.params.slug, false));
  app.get('/articles/:slug/comments', async (req) => articleService.comments(req.params.slug, await maybe(req)));
  app.post('/articles/:slug/comments', async (req) => articleService.addComment(await auth(req), req.params.slug, req.body));
  app.delete('/articles/:slug/comments/:id', async (req) => {
    await articleService.removeComment(await auth(req), req.params.slug, Number(req.params.id));
    return {};
  });
  app.get('/tags', async () => articleService.tags());
}

export { apiRoutes };
