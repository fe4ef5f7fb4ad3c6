import fp from 'fastify-plugin';
import { createSequelize } from '../db.js';
import { defineModels } from '../models/index.js';
import { UserRepository } from '../repositories/users.js';
import { ArticleRepository } from '../repositories/articles.js';

export default fp(async function dbPlugin(app) {
  const sequelize = createSequelize();
  const models = defineModels(sequelize);
  await sequelize.sync();
  app.decorate('repos', { users: new UserRepository(models), articles: new ArticleRepository(models) });
  app.addHook('onClose', () => sequelize.close());
});
