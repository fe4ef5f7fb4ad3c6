'use strict';
// Start-up wiring: database, models, repositories, services.
const { createSequelize } = require('./repositories/db.js');
const { defineModels } = require('./models/index.js');
const { UserRepository, ArticleRepository } = require('./repositories/index.js');
const { UserService } = require('./services/users.js');
const { ArticleService } = require('./services/articles.js');
const { LoginThrottle } = require('./services/throttle.js');

async function buildContainer() {
  const sequelize = createSequelize();
  defineModels(sequelize);
  await sequelize.sync();
  const users = new UserRepository();
  const articles = new ArticleRepository();
  const userService = new UserService({ users, throttle: new LoginThrottle({ attempts: 5, windowMs: 2000 }) });
  const articleService = new ArticleService({ articles, users, userService });
  return { sequelize, userService, articleService };
}

module.exports = { buildContainer };
