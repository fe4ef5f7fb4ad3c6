// Composition root: database, schema, repositories wired into services.
import { createSequelize } from './db.js';
import { defineModels } from './models/index.js';
import { UserRepository } from './repositories/users.js';
import { ArticleRepository } from './repositories/articles.js';
import { UserService } from './services/users.js';
import { ArticleService } from './services/articles.js';

export async function createContainer() {
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
