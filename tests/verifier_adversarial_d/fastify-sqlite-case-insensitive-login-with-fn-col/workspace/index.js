'use strict';
const fastify = require('fastify')();
const { sequelize } = require('./lib/db');
const users = require('./lib/users');

fastify.post('/api/users/login', async (req, reply) => {
  const { email, password } = req.body?.user ?? {};
  const user = await users.login(email, password);
  if (!user) return reply.code(401).send({ errors: { body: ['email or password is invalid'] } });
  return { user: { email: user.email, username: user.username, bio: null, image: null, token: '' } };
});

sequelize.sync().then(() => fastify.listen({ port: Number(process.env.PORT) || 8080, host: '0.0.0.0' }));
