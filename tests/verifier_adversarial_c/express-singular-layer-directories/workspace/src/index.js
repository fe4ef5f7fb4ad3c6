const express = require('express');
const { sequelize } = require('./model');
const { UserRepository } = require('./repository/users');
const { UserService } = require('./service/users');
const { usersRouter, errorHandler } = require('./route/users');

async function main() {
  await sequelize.sync();
  const app = express();
  app.use(express.json());
  app.use('/api', usersRouter(new UserService(new UserRepository())));
  app.use(errorHandler);
  app.listen(Number(process.env.PORT || 3000));
}

main();
