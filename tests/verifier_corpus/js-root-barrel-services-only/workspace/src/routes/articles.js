import { getArticle } from '../layers.js';

export function register(app) {
  app.get('/api/articles/:slug', async (req, res) => res.json({ article: await getArticle(req.params.slug) }));
}
