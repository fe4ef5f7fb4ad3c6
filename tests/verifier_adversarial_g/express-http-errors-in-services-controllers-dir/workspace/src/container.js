'use strict';

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
  };
}

module.exports = { buildContainer };
