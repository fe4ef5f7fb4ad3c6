'use strict';

const { createContainer, asClass, asFunction, asValue, InjectionMode } = require('awilix');
const { sequelize } = require('./db');
const { defineModels } = require('./models');
const { UserRepository } = require('./repositories/user-repository');
const { ArticleRepository } = require('./repositories/article-repository');
const { CommentRepository } = require('./repositories/comment-repository');
const { PasswordHasher, TokenService } = require('./services/security');
const { UserService } = require('./services/user-service');
const { ProfileService } = require('./services/profile-service');
const { ArticleService } = require('./services/article-service');
const { CommentService } = require('./services/comment-service');

/** Composition root: an awilix container; constructor arguments are resolved by name from the cradle. */
async function buildContainer(config) {
  const models = defineModels(sequelize);
  await sequelize.sync();

  const container = createContainer({ injectionMode: InjectionMode.PROXY, strict: true });
  container.register({
    config: asValue(config),
    models: asValue(models),
    userRepository: asFunction(({ models }) => new UserRepository(models)).singleton(),
    articleRepository: asFunction(({ models }) => new ArticleRepository(models)).singleton(),
    commentRepository: asFunction(({ models }) => new CommentRepository(models)).singleton(),
    hasher: asClass(PasswordHasher).singleton(),
    tokens: asFunction(({ config }) => new TokenService(config.jwtSecret)).singleton(),
    userService: asClass(UserService).singleton(),
    profileService: asClass(ProfileService).singleton(),
    articleService: asClass(ArticleService).singleton(),
    commentService: asClass(CommentService).singleton(),
  });
  return container;
}

module.exports = { buildContainer };
