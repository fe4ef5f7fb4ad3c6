const { DomainError } = require('../services/errors');

const STATUS = { invalid: 422, conflict: 409, unauthorized: 401 };

async function usersRoutes(fastify, { userService }) {
  fastify.setErrorHandler((err, request, reply) => {
    if (err instanceof DomainError) {
      return reply.code(STATUS[err.kind]).send({ errors: { [err.field]: [err.message] } });
    }
    return reply.code(500).send({ errors: { body: ['internal error'] } });
  });
  fastify.post('/api/users', async (request, reply) => {
    reply.code(201);
    return { user: await userService.register(request.body && request.body.user) };
  });
  fastify.post('/api/users/login', async (request) => ({
    user: await userService.login(request.body && request.body.user),
  }));
}

module.exports = { usersRoutes };
