async function statsRoutes(fastify) {
  fastify.get('/api/stats', async () => {
    const users = await fastify.db.models.User.count();
    return { users };
  });
}

module.exports = { statsRoutes };
