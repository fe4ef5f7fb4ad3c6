import type { FastifyInstance } from 'fastify';

export async function profileRoutes(app: FastifyInstance, { services, auth }: any) {
  app.get('/profiles/:username', { preHandler: auth.optional }, async (request: any) => ({
    profile: await services.profiles.get(request.params.username, request.userId),
  }));

  app.post('/profiles/:username/follow', { preHandler: auth.required }, async (request: any) => ({
    profile: await services.profiles.follow(request.params.username, request.userId),
  }));

  app.delete('/profiles/:username/follow', { preHandler: auth.required }, async (request: any) => ({
    profile: await services.profiles.unfollow(request.params.username, request.userId),
  }));
}
