const express = require('express');
const { sequelize } = require('./models');
const { UserService } = require('./services/users');
const { usersRouter, errorHandler } = require('./routes/users');

async function main() {
  await sequelize.sync();
  const app = express();
  app.use(express.json());
  app.use('/api', usersRouter(UserService.create()));
  app.use(errorHandler);
  app.listen(Number(process.env.PORT || 3000));
}

main();
