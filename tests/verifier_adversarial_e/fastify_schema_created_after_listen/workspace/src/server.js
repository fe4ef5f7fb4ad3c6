const fastify = require('fastify')({ logger: false });
const { db, ensureSchema } = require('./store');

fastify.get('/api/profiles/:username', async (req, reply) => {
  const u = db.prepare('SELECT username, bio, image FROM users WHERE username = ?').get(req.params.username);
  if (!u) return reply.code(404).send({ errors: { profile: ['not found'] } });
  return { profile: { ...u, following: false } };
});

(async () => {
  await fastify.listen({ port: Number(process.env.PORT || 3000), host: '0.0.0.0' });
  ensureSchema();
})();
