import fp from 'fastify-plugin';
import { userService } from './userService.js';
import { articleService } from './articleService.js';
import { commentService } from './commentService.js';

export const services = { users: userService, articles: articleService, comments: commentService };

export default fp(async (app) => {
  app.decorate('services', services);
}, { name: 'conduit-services' });
