import type { FastifyInstance } from 'fastify';

export async function commentRoutes(app: FastifyInstance, { services, auth }: any) {
  app.get('/articles/:slug/comments', { preHandler: auth.optional }, async (request: any) => ({
    comments: await services.comments.list(request.params.slug, request.userId),
  }));

  app.post('/articles/:slug/comments', { preHandler: auth.required }, async (request: any) => ({
    comment: await services.comments.add(request.params.slug, request.userId, request.body?.comment),
  }));

  app.delete('/articles/:slug/comments/:id', { preHandler: auth.required }, async (request: any) => {
    await services.comments.remove(request.params.slug, Number(request.params.id), request.userId);
    return {};
  });
}
