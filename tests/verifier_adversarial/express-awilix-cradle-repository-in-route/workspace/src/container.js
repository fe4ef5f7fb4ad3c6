'use strict';
// Composition root: awilix registrations for every layer.
const { createContainer, asClass, asValue, asFunction, InjectionMode } = require('awilix');
const { Sequelize } = require('sequelize');
const { defineModels } = require('./models');
const { UserRepository } = require('./repositories/users');
const { ArticleRepository } = require('./repositories/articles');
const { UserService } = require('./services/users');
const { ArticleService } = require('./services/articles');

function buildContainer() {
  const sequelize = new Sequelize(process.env.DATABASE_URL, { dialect: 'postgres', logging: false });
  const container = createContainer({ injectionMode: InjectionMode.PROXY });
  container.register({
    sequelize: asValue(sequelize),
    models: asFunction(({ sequelize: s }) => defineModels(s)).singleton(),
    secret: asValue(process.env.JWT_SECRET || 'dev-secret'),
    userRepository: asFunction(({ models }) => new UserRepository(models)).singleton(),
    articleRepository: asFunction(({ models }) => new ArticleRepository(models)).singleton(),
    userService: asFunction(({ userRepository, secret }) => new UserService({ users: userRepository, secret })).singleton(),
    articleService: asFunction(({ articleRepository }) => new ArticleService({ articles: articleRepository })).singleton(),
  });
  return container;
}

module.exports = { buildContainer, asClass };
