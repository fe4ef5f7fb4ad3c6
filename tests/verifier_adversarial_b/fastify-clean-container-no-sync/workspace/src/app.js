const Fastify = require('fastify');
const { createModels } = require('./models');
const UserRepository = require('./repositories/userRepository');
const { UserService } = require('./services/userService');
const userRoutes = require('./routes/users');

async function main() {
  const models = createModels(process.env.SQLITE_PATH);
  // await models.sequelize.sync({ alter: true }); // disabled: alter can drop data
  await models.sequelize.authenticate();
  const userService = new UserService(new UserRepository(models));
  const app = Fastify();
  app.register(userRoutes(userService));
  await app.listen({ port: Number(process.env.PORT) || 3000, host: '0.0.0.0' });
}

main();
