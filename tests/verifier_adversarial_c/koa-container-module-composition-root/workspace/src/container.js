const { sequelize } = require('./models');
const { UserRepository } = require('./repositories/users');
const { UserService } = require('./services/users');

function buildContainer() {
  const repositories = { users: new UserRepository() };
  const services = { users: new UserService(repositories.users) };
  return { sequelize, services };
}

module.exports = { buildContainer };
