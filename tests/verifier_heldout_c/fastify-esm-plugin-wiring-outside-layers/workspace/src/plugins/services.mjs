import fp from 'fastify-plugin';
import userService from '../services/userService.js';
import articleService from '../services/articleService.js';
import models from '../models/index.js';

export default fp(async (app) => {
  await models.sequelize.sync();
  app.decorate('services', { users: userService, articles: articleService });
});
