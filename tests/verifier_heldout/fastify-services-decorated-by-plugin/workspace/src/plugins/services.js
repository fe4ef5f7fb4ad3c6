const fp = require('fastify-plugin');
const articleService = require('../services/articleService');
const authService = require('../services/authService');

// Start-up wiring: expose the use cases on the instance so route plugins need no require() of their own.
module.exports = fp(async function services(fastify) {
  fastify.decorate('articleService', articleService);
  fastify.decorate('authService', authService);
});
