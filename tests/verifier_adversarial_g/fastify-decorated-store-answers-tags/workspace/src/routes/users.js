'use strict';


async function userRoutes(app, { services, auth }) {
  app.post('/users', async (request, reply) => {
    reply.code(201);
    return { user: await services.users.register(request.body?.user) };
  });

  app.post('/users/login', async (request) => ({ user: await services.users.login(request.body?.user) }));

  app.get('/user', { preHandler: auth.required }, async (request) => ({
    user: await services.users.current(request.userId),
  }));

  app.put('/user', { preHandler: auth.required }, async (request) => ({
    user: await services.users.update(request.userId, request.body?.user),
  }));
}

module.exports = { userRoutes };
