// Composition root: database, schema, repositories wired into services.
import { createSequelize } from './db';
import { defineModels } from './models/index';
import { UserRepository } from './repositories/users';
import { ArticleRepository } from './repositories/articles';
import { UserService } from './services/users';
import { ArticleService } from './services/articles';

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

export type Services = Awaited<ReturnType<typeof createContainer>>['services'];
