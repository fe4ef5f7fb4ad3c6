const fastify = require('fastify')();
const { UserRepository } = require('./src/repositories/user');
const { UserService } = require('./src/services/user');

const users = new UserRepository();
fastify.decorate('repos', { users });
fastify.decorate('services', { users: new UserService(users) });
fastify.register(require('./src/routes/user'), { prefix: '/api' });
fastify.listen({ port: Number(process.env.PORT || 8080), host: '0.0.0.0' });
