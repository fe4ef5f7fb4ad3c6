'use strict';
const fp = require('fastify-plugin');
const { CommentRepository } = require('../repositories/comment-repository');
const { CommentService } = require('../services/comment-service');

module.exports = fp(async function services(fastify) {
  const comments = new CommentRepository();
  fastify.decorate('services', { comments: new CommentService(comments) });
});
