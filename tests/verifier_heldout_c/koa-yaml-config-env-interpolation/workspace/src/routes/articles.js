'use strict';
const Router = require('@koa/router');
const articleService = require('../services/articleService');
const { viewerFrom, section } = require('./http');

const router = new Router({ prefix: '/api' });
const viewer = (ctx, required) => viewerFrom(ctx.get('Authorization'), required);

router.get('/articles', async (ctx) => { ctx.body = await articleService.list(await viewer(ctx, false), ctx.query); });
router.get('/articles/feed', async (ctx) => { ctx.body = await articleService.feed(await viewer(ctx, true), ctx.query); });
router.post('/articles', async (ctx) => {
  ctx.status = 201;
  ctx.body = { article: await articleService.create(await viewer(ctx, true), section(ctx.request.body, 'article')) };
});
router.get('/articles/:slug', async (ctx) => {
  ctx.body = { article: await articleService.get(ctx.params.slug, await viewer(ctx, false)) };
});
router.put('/articles/:slug', async (ctx) => {
  ctx.body = { article: await articleService.update(await viewer(ctx, true), ctx.params.slug, section(ctx.request.body, 'article')) };
});
router.delete('/articles/:slug', async (ctx) => {
  await articleService.remove(await viewer(ctx, true), ctx.params.slug);
  ctx.status = 204;
});
router.post('/articles/:slug/favorite', async (ctx) => {
  ctx.body = { article: await articleService.favorite(await viewer(ctx, true), ctx.params.slug, true) };
});
router.delete('/articles/:slug/favorite', async (ctx) => {
  ctx.body = { article: await articleService.favorite(await viewer(ctx, true), ctx.params.slug, false) };
});
router.get('/articles/:slug/comments', async (ctx) => { ctx.body = { comments: await articleService.comments(ctx.params.slug) }; });
router.post('/articles/:slug/comments', async (ctx) => {
  ctx.body = { comment: await articleService.addComment(await viewer(ctx, true), ctx.params.slug, section(ctx.request.body, 'comment').body) };
});
router.delete('/articles/:slug/comments/:id', async (ctx) => {
  await articleService.removeComment(await viewer(ctx, true), ctx.params.slug, ctx.params.id);
  ctx.status = 204;
});
router.get('/tags', async (ctx) => { ctx.body = { tags: await articleService.tags() }; });

module.exports = router;
