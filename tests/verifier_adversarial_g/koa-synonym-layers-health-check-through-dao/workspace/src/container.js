'use strict';

const { sequelize } = require('./db');
const { defineModels } = require('./entities');
const { UserRepository } = require('./dao/user-repository');
const { ArticleRepository } = require('./dao/article-repository');
const { CommentRepository } = require('./dao/comment-repository');
const { PasswordHasher, TokenService } = require('./interactors/security');
const { UserService } = require('./interactors/user-service');
const { ProfileService } = require('./interactors/profile-service');
const { ArticleService } = require('./interactors/article-service');
const { CommentService } = require('./interactors/comment-service');
const { HealthDao } = require('./dao/health-dao');
const { HealthInteractor } = require('./interactors/health-interactor');

/** Composition root: schema, repositories, and the services the routes are given. */
async function buildContainer(config) {
  const models = defineModels(sequelize);
  await sequelize.sync();

  const userRepository = new UserRepository(models);
  const articleRepository = new ArticleRepository(models);
  const commentRepository = new CommentRepository(models);
  const tokens = new TokenService(config.jwtSecret);

  return {
    users: new UserService({ userRepository, hasher: new PasswordHasher(), tokens }),
    profiles: new ProfileService({ userRepository }),
    articles: new ArticleService({ articleRepository, userRepository }),
    comments: new CommentService({ articleRepository, commentRepository, userRepository }),
    health: new HealthInteractor({ healthDao: new HealthDao(sequelize) }),
  };
}

module.exports = { buildContainer };
