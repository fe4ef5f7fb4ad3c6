const Fastify = require('fastify');
const { sequelize } = require('./models');
const { UserRepository } = require('./repositories/users');
const { UserService } = require('./services/users');
const { usersRoutes } = require('./routes/users');

async function main() {
  await sequelize.sync();
  const app = Fastify();
  app.register(usersRoutes, { userService: new UserService(new UserRepository()) });
  await app.listen({ port: Number(process.env.PORT || 3000), host: '0.0.0.0' });
}

main();
