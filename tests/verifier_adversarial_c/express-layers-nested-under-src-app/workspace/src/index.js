const express = require('express');
const { sequelize } = require('./app/models');
const { UserRepository } = require('./app/repositories/users');
const { UserService } = require('./app/services/users');
const { usersRouter, errorHandler } = require('./app/routes/users');

async function main() {
  await sequelize.sync();
  const app = express();
  app.use(express.json());
  app.use('/api', usersRouter(new UserService(new UserRepository())));
  app.use(errorHandler);
  app.listen(Number(process.env.PORT || 3000));
}

main();
