const Fastify = require('fastify');
const { AppDataSource, Article } = require('./data-source');

async function main() {
  await AppDataSource.initialize();
  const articles = AppDataSource.getRepository(Article);
  const app = Fastify();

  app.get('/api/health-check', async () => ({ status: 'ok' }));
  app.get('/api/articles', async (request) => {
    const [rows, count] = await articles.findAndCount({
      order: { createdAt: 'DESC' },
      take: Number(request.query.limit ?? 20),
      skip: Number(request.query.offset ?? 0),
    });
    return { articles: rows, articlesCount: count };
  });

  await app.listen({ port: Number(process.env.PORT || 8080), host: '0.0.0.0' });
}

main();
