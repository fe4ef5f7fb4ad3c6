'use strict';
// Composition root: the database, the schema, and the wiring of repositories into services.
const { createSequelize } = require('./db');
const { defineModels } = require('./models');
const { UserRepository } = require('./repositories/users');
const { ArticleRepository } = require('./repositories/articles');
const { CommentRepository } = require('./repositories/comments'); // feature: comments
const { PasswordHasher, TokenIssuer } = require('./services/security');
const { LoginThrottle } = require('./services/throttle');
const { UserService } = require('./services/users');
const { ProfileService } = require('./services/profiles');
const { ArticleService } = require('./services/articles');
const { CommentService } = require('./services/comments'); // feature: comments

/** `now` (milliseconds) is the clock of the login throttle; tests may pass their own. */
async function createContainer({ jwtSecret, duplicateStatus = 422, loginRateLimit = null }, { now } = {}) {
  const sequelize = createSequelize();
  const models = defineModels(sequelize);
  await sequelize.sync(); // creates the schema at start-up
  const users = new UserRepository(models);
  const articles = new ArticleRepository(models);
  const comments = new CommentRepository(models); // feature: comments
  const services = {
    users: new UserService({
      users,
      hasher: new PasswordHasher(),
      tokens: new TokenIssuer(jwtSecret),
      loginThrottle: loginRateLimit ? new LoginThrottle({ ...loginRateLimit, now }) : null,
      takenIsConflict: duplicateStatus === 409,
    }),
    profiles: new ProfileService({ users }),
    articles: new ArticleService({ articles, users }),
    comments: new CommentService({ articles, comments, users }), // feature: comments
  };
  return { services, close: () => sequelize.close() };
}

/** Start the app: build the container, hand the services to `listen`, stop cleanly on signals. */
async function main(config, listen) {
  const container = await createContainer(config);
  const server = await listen(container.services, config);
  const stop = async () => {
    await new Promise((resolve) => (server && server.close ? server.close(() => resolve()) : resolve()));
    await container.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

module.exports = { createContainer, main };
