import Router from '@koa/router';
import { findBySlug } from '@/repositories/articleRepository';

export const router = new Router();
router.get('/api/articles/:slug', async (ctx) => {
  ctx.body = { article: await findBySlug(ctx.params.slug) };
});
