const { publicUser } = require('../models/user');

module.exports = async function userRoutes(fastify) {
  fastify.get('/user', async (req, reply) => {
    const user = await fastify.repos.users.findById(req.userId);
    if (!user) return reply.code(401).send({ errors: { body: ['unauthorized'] } });
    return { user: publicUser(user, req.token) };
  });
  fastify.put('/user', async (req) => ({ user: publicUser(await fastify.services.users.update(req.userId, req.body.user), req.token) }));
};
