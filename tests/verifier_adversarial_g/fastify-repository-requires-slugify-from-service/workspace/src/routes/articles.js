'use strict';


async function articleRoutes(app, { services, auth }) {
  const articles = services.articles;

  app.get('/articles', { preHandler: auth.optional }, async (request) =>
    articles.list(request.query, request.userId),
  );

  app.get('/articles/feed', { preHandler: auth.required }, async (request) =>
    articles.feed(request.userId, request.query),
  );

  app.post('/articles', { preHandler: auth.required }, async (request, reply) => {
    reply.code(201);
    return { article: await articles.create(request.userId, request.body?.article) };
  });

  app.get('/articles/:slug', { preHandler: auth.optional }, async (request) => ({
    article: await articles.get(request.params.slug, request.userId),
  }));

  app.put('/articles/:slug', { preHandler: auth.required }, async (request) => ({
    article: await articles.update(request.params.slug, request.userId, request.body?.article),
  }));

  app.delete('/articles/:slug', { preHandler: auth.required }, async (request) => {
    await articles.remove(request.params.slug, request.userId);
    return {};
  });

  app.post('/articles/:slug/favorite', { preHandler: auth.required }, async (request) => ({
    article: await articles.favorite(request.params.slug, request.userId),
  }));

  app.delete('/articles/:slug/favorite', { preHandler: auth.required }, async (request) => ({
    article: await articles.unfavorite(request.params.slug, request.userId),
  }));

  app.get('/tags', async () => ({ tags: await articles.tags() }));
}

module.exports = { articleRoutes };
