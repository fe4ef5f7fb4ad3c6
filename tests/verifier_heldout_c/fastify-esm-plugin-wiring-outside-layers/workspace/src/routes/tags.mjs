export default async function tagRoutes(app) {
  app.get('/tags', async () => ({ tags: await app.services.articles.tags() }));
}
