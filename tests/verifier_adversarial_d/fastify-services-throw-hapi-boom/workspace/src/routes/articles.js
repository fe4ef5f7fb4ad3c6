export async function articleRoutes(app, { service }) {
  app.delete('/articles/:slug', async (req) => { await service.remove(req.params.slug, req.user?.id); return {}; });
}
