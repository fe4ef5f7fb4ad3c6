export async function tagRoutes(app, { tags }) {
  app.get('/tags', async () => ({ tags: await tags.list() }));
}
