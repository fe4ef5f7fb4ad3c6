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

/** Composition root: schema, repositories and services. */
async function buildContainer(config) {
  const models = defineModels(sequelize);
  await sequelize.sync();

  const store = {
    users: new UserRepository(models),
    articles: new ArticleRepository(models),
    comments: new CommentRepository(models),
  };
  const tokens = new TokenService(config.jwtSecret);
  const deps = { userRepository: store.users, articleRepository: store.articles, commentRepository: store.comments };

  const services = {
    users: new UserService({ ...deps, hasher: new PasswordHasher(), tokens }),
    profiles: new ProfileService(deps),
    articles: new ArticleService(deps),
    comments: new CommentService(deps),
  };
  return { services, store, close: () => sequelize.close() };
}

module.exports = { buildContainer };
