import Router from '@koa/router';
import { createArticle } from '../services/articles.js';

export const router = new Router({ prefix: '/api' });

router.post('/articles', async (ctx) => {
  ctx.status = 201;
  ctx.body = { article: await createArticle(ctx.request.body.article) };
});

router.get('/tags', async (ctx) => {
  const { allTags } = await import('../repositories/tags.js');
  ctx.body = { tags: await allTags() };
});
