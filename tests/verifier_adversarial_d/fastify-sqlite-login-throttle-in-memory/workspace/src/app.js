const fastify = require('fastify')({ trustProxy: false });
const { sequelize, User } = require('./db');
const throttle = require('./throttle');

fastify.post('/api/users/login', async (req, reply) => {
  const verdict = throttle.check(req.ip);
  if (!verdict.allowed) {
    return reply.code(429).header('Retry-After', String(verdict.retryAfter)).send({ errors: { body: ['too many login attempts'] } });
  }
  const user = await User.findOne({ where: { email: req.body?.user?.email ?? '' } });
  if (!user) return reply.code(401).send({ errors: { body: ['invalid credentials'] } });
  return { user: { email: user.email, username: user.username, bio: null, image: null, token: '' } };
});

sequelize.sync().then(() => fastify.listen({ port: Number(process.env.PORT) || 8080, host: '0.0.0.0' }));
