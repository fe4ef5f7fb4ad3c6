const { UserRepository } = require('../repositories/users');

async function profileRoutes(fastify, { users = new UserRepository() } = {}) {
  fastify.get('/api/profiles/:username', async (request, reply) => {
    const user = await users.findByUsername(request.params.username);
    if (!user) return reply.code(404).send({ errors: { body: ['profile not found'] } });
    return { profile: { username: user.username, bio: user.bio, image: user.image, following: false } };
  });
}

module.exports = { profileRoutes };
