'use strict';
module.exports = async function (fastify) {
  fastify.get('/articles/:slug/comments', async (req) => ({ comments: await fastify.services.comments.list(req.params.slug) }));
  fastify.post('/articles/:slug/comments', async (req) => ({
    comment: await fastify.services.comments.add(req.params.slug, req.user?.id, req.body.comment.body),
  }));
};
