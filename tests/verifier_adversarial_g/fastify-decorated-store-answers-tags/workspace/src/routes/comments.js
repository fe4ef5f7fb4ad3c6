'use strict';


async function commentRoutes(app, { services, auth }) {
  app.get('/articles/:slug/comments', { preHandler: auth.optional }, async (request) => ({
    comments: await services.comments.list(request.params.slug, request.userId),
  }));

  app.post('/articles/:slug/comments', { preHandler: auth.required }, async (request) => ({
    comment: await services.comments.add(request.params.slug, request.userId, request.body?.comment),
  }));

  app.delete('/articles/:slug/comments/:id', { preHandler: auth.required }, async (request) => {
    await services.comments.remove(request.params.slug, Number(request.params.id), request.userId);
    return {};
  });
}

module.exports = { commentRoutes };
