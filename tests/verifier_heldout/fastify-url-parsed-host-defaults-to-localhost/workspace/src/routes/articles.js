const articleService = require('../services/articleService');
const authService = require('../services/authService');

async function viewer(request) {
  const header = request.headers.authorization || '';
  return header.startsWith('Token ') ? authService.userFromToken(header.slice(6)) : null;
}

module.exports = async function articleRoutes(fastify) {
  fastify.get('/articles', async (request) => {
    const { tag, author, favorited, limit = 20, offset = 0 } = request.query;
    return articleService.listArticles(
      { tag, author, favorited, limit: Number(limit), offset: Number(offset) },
      await viewer(request),
    );
  });

  fastify.post('/articles', async (request, reply) => {
    const user = await viewer(request);
    if (!user) return reply.code(401).send({ errors: { body: ['unauthorized'] } });
    const article = await articleService.createArticle(user, request.body?.article);
    return reply.code(201).send({ article });
  });

  fastify.get('/articles/:slug', async (request) => ({
    article: await articleService.getArticle(request.params.slug, await viewer(request)),
  }));

  fastify.delete('/articles/:slug', async (request, reply) => {
    const user = await viewer(request);
    if (!user) return reply.code(401).send({ errors: { body: ['unauthorized'] } });
    await articleService.deleteArticle(user, request.params.slug);
    return {};
  });

  fastify.get('/tags', async () => ({ tags: await articleService.listTags() }));
};
