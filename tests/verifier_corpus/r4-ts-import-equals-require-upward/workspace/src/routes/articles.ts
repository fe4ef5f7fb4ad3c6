import Router from '@koa/router';
import { getArticle } from '../services/articleService.js';

export const router = new Router();
router.get('/api/articles/:slug', async (ctx) => {
  ctx.body = { article: await getArticle(ctx.params.slug) };
});
