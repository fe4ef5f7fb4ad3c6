'use strict';

const Router = require('@koa/router');
const { articleService } = require('../services/articleService');
const { commentService } = require('../services/commentService');
const { authOptional, authRequired } = require('./auth');

const articlesRouter = new Router({ prefix: '/api' });

articlesRouter.get('/articles', authOptional, async (ctx) => {
  ctx.body = await articleService.list(ctx.state.user, ctx.query);
});
articlesRouter.get('/articles/feed', authRequired, async (ctx) => {
  ctx.body = await articleService.feed(ctx.state.user, ctx.query);
});
articlesRouter.post('/articles', authRequired, async (ctx) => {
  ctx.status = 201;
  ctx.body = { article: await articleService.create(ctx.state.user, ctx.request.body?.article) };
});
articlesRouter.get('/articles/:slug', authOptional, async (ctx) => {
  ctx.body = { article: await articleService.get(ctx.params.slug, ctx.state.user) };
});
articlesRouter.put('/articles/:slug', authRequired, async (ctx) => {
  ctx.body = { article: await articleService.update(ctx.params.slug, ctx.state.user, ctx.request.body?.article) };
});
articlesRouter.delete('/articles/:slug', authRequired, async (ctx) => {
  await articleService.remove(ctx.params.slug, ctx.state.user);
  ctx.body = {};
});
articlesRouter.post('/articles/:slug/favorite', authRequired, async (ctx) => {
  ctx.body = { article: await articleService.favorite(ctx.params.slug, ctx.state.user, true) };
});
articlesRouter.delete('/articles/:slug/favorite', authRequired, async (ctx) => {
  ctx.body = { article: await articleService.favorite(ctx.params.slug, ctx.state.user, false) };
});
articlesRouter.get('/articles/:slug/comments', authOptional, async (ctx) => {
  ctx.body = { comments: await commentService.list(ctx.params.slug, ctx.state.user) };
});
articlesRouter.post('/articles/:slug/comments', authRequired, async (ctx) => {
  ctx.body = { comment: await commentService.add(ctx.params.slug, ctx.state.user, ctx.request.body?.comment) };
});
articlesRouter.delete('/articles/:slug/comments/:id', authRequired, async (ctx) => {
  await commentService.remove(ctx.params.slug, ctx.params.id, ctx.state.user);
  ctx.body = {};
});
articlesRouter.get('/tags', async (ctx) => {
  ctx.body = { tags: await articleService.tags() };
});

module.exports = { articlesRouter };
