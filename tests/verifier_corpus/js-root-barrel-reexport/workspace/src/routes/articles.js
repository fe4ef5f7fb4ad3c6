import { findBySlug } from '../layers.js';

export function register(app) {
  app.get('/api/articles/:slug', async (req, res) => res.json({ article: await findBySlug(req.params.slug) }));
}
