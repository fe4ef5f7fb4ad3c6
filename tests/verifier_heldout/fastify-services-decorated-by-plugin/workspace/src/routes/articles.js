module.exports = async function articleRoutes(fastify) {
  const { articleService, authService } = fastify;

  fastify.decorateRequest('viewer', null);
  fastify.addHook('preHandler', async (request) => {
    const header = request.headers.authorization || '';
    request.viewer = header.startsWith('Token ') ? await authService.userFromToken(header.slice(6)) : null;
  });

  fastify.get('/articles', async (request) => {
    const { tag, author, favorited, limit = 20, offset = 0 } = request.query;
    return articleService.listArticles({ tag, author, favorited, limit: +limit, offset: +offset }, request.viewer);
  });

  fastify.post('/articles', async (request, reply) => {
    if (!request.viewer) return reply.code(401).send({ errors: { body: ['unauthorized'] } });
    return reply.code(201).send({ article: await articleService.createArticle(request.viewer, request.body?.article) });
  });

  fastify.get('/articles/:slug', async (request) => ({
    article: await articleService.getArticle(request.params.slug, request.viewer),
  }));

  fastify.get('/tags', async () => ({ tags: await articleService.listTags() }));
};
