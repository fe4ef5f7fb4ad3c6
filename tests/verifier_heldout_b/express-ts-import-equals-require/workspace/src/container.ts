// Start-up wiring: database, models, repositories, services.
import { createSequelize } from './repositories/db.js';
import { defineModels } from './models/index.js';
import { UserRepository } from './repositories/users.js';
import { ArticleRepository } from './repositories/articles.js';
import { UserService } from './services/users.js';
import { ArticleService } from './services/articles.js';
import { LoginThrottle } from './services/throttle.js';

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

export { buildContainer };
