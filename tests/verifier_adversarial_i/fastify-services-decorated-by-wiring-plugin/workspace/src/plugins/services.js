import fp from 'fastify-plugin';
import { userService } from '../services/userService.js';
import { articleService } from '../services/articleService.js';
import { commentService } from '../services/commentService.js';

export default fp(async (app) => {
  app.decorate('services', { users: userService, articles: articleService, comments: commentService });
}, { name: 'conduit-services' });
