'use strict';
// Composition root: database, schema, repositories wired into services.
const { createSequelize } = require('./db');
const { defineModels } = require('./models/index');
const { UserRepository } = require('./repositories/users');
const { ArticleRepository } = require('./repositories/articles');
const { UserService } = require('./services/users');
const { ArticleService } = require('./services/articles');

async function createContainer() {
  const sequelize = createSequelize();
  const models = defineModels(sequelize);
  await sequelize.sync();
  const secret = process.env.JWT_SECRET || 'dev-secret';
  const users = new UserRepository(models);
  const articles = new ArticleRepository(models);
  return {
    secret,
    services: { users: new UserService({ users, secret }), articles: new ArticleService({ articles }) },
  };
}

module.exports = { createContainer };
