import { authOptional, authRequired } from './auth.js';

export async function articlesRoutes(app) {
  app.get('/articles', { preHandler: authOptional }, async (request) => app.services.articles.list(request.user, request.query));
  app.get('/articles/feed', { preHandler: authRequired }, async (request) => app.services.articles.feed(request.user, request.query));
  app.post('/articles', { preHandler: authRequired }, async (request, reply) => {
    reply.code(201);
    return { article: await app.services.articles.create(request.user, request.body?.article) };
  });
  app.get('/articles/:slug', { preHandler: authOptional }, async (request) => ({
    article: await app.services.articles.get(request.params.slug, request.user),
  }));
  app.put('/articles/:slug', { preHandler: authRequired }, async (request) => ({
    article: await app.services.articles.update(request.params.slug, request.user, request.body?.article),
  }));
  app.delete('/articles/:slug', { preHandler: authRequired }, async (request) => {
    await app.services.articles.remove(request.params.slug, request.user);
    return {};
  });
  app.post('/articles/:slug/favorite', { preHandler: authRequired }, async (request) => ({
    article: await app.services.articles.favorite(request.params.slug, request.user, true),
  }));
  app.delete('/articles/:slug/favorite', { preHandler: authRequired }, async (request) => ({
    article: await app.services.articles.favorite(request.params.slug, request.user, false),
  }));
  app.get('/articles/:slug/comments', { preHandler: authOptional }, async (request) => ({
    comments: await app.services.comments.list(request.params.slug, request.user),
  }));
  app.post('/articles/:slug/comments', { preHandler: authRequired }, async (request) => ({
    comment: await app.services.comments.add(request.params.slug, request.user, request.body?.comment),
  }));
  app.delete('/articles/:slug/comments/:id', { preHandler: authRequired }, async (request) => {
    await app.services.comments.remove(request.params.slug, request.params.id, request.user);
    return {};
  });
  app.get('/tags', async () => ({ tags: await app.services.articles.tags() }));
}
