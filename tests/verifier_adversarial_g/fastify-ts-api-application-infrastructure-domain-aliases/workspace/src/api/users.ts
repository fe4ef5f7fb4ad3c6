import type { FastifyInstance } from 'fastify';

export async function userRoutes(app: FastifyInstance, { services, auth }: any) {
  app.post('/users', async (request: any, reply) => {
    reply.code(201);
    return { user: await services.users.register(request.body?.user) };
  });

  app.post('/users/login', async (request: any) => ({ user: await services.users.login(request.body?.user) }));

  app.get('/user', { preHandler: auth.required }, async (request: any) => ({
    user: await services.users.current(request.userId),
  }));

  app.put('/user', { preHandler: auth.required }, async (request: any) => ({
    user: await services.users.update(request.userId, request.body?.user),
  }));
}
