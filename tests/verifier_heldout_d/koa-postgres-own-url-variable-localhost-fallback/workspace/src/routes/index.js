import Router from '@koa/router';
import * as userService from '../services/users.js';
import * as profileService from '../services/profiles.js';
import * as articleService from '../services/articles.js';

export const router = new Router({ prefix: '/api' });

const header = (ctx) => ctx.get('Authorization');
const token = (ctx) => header(ctx).slice(6).trim();

async function required(ctx, next) {
  ctx.state.user = await userService.authenticate(header(ctx));
  await next();
}

async function optional(ctx, next) {
  ctx.state.user = await userService.optionalUser(header(ctx));
  await next();
}

router.post('/users', async (ctx) => {
  ctx.status = 201;
  ctx.body = { user: await userService.register(ctx.request.body?.user) };
});
router.post('/users/login', async (ctx) => {
  ctx.body = { user: await userService.login(ctx.request.body?.user) };
});
router.get('/user', required, async (ctx) => {
  ctx.body = { user: userService.userJson(ctx.state.user, token(ctx)) };
});
router.put('/user', required, async (ctx) => {
  ctx.body = { user: await userService.updateUser(ctx.state.user, ctx.request.body?.user, token(ctx)) };
});

router.get('/profiles/:username', optional, async (ctx) => {
  ctx.body = { profile: await profileService.getProfile(ctx.params.username, ctx.state.user) };
});
router.post('/profiles/:username/follow', required, async (ctx) => {
  ctx.body = { profile: await profileService.follow(ctx.params.username, ctx.state.user) };
});
router.delete('/profiles/:username/follow', required, async (ctx) => {
  ctx.body = { profile: await profileService.unfollow(ctx.params.username, ctx.state.user) };
});

router.get('/articles', optional, async (ctx) => {
  ctx.body = await articleService.listArticles(ctx.query, ctx.state.user);
});
router.get('/articles/feed', required, async (ctx) => {
  ctx.body = await articleService.feed(ctx.query, ctx.state.user);
});
router.post('/articles', required, async (ctx) => {
  ctx.status = 201;
  ctx.body = await articleService.createArticle(ctx.request.body?.article, ctx.state.user);
});
router.get('/articles/:slug', optional, async (ctx) => {
  ctx.body = await articleService.getArticle(ctx.params.slug, ctx.state.user);
});
router.put('/articles/:slug', required, async (ctx) => {
  ctx.body = await articleService.updateArticle(ctx.params.slug, ctx.request.body?.article, ctx.state.user);
});
router.delete('/articles/:slug', required, async (ctx) => {
  await articleService.deleteArticle(ctx.params.slug, ctx.state.user);
  ctx.body = {};
});
router.post('/articles/:slug/favorite', required, async (ctx) => {
  ctx.body = await articleService.favorite(ctx.params.slug, ctx.state.user, true);
});
router.delete('/articles/:slug/favorite', required, async (ctx) => {
  ctx.body = await articleService.favorite(ctx.params.slug, ctx.state.user, false);
});
router.get('/articles/:slug/comments', optional, async (ctx) => {
  ctx.body = await articleService.listComments(ctx.params.slug, ctx.state.user);
});
router.post('/articles/:slug/comments', required, async (ctx) => {
  ctx.body = await articleService.addComment(ctx.params.slug, ctx.request.body?.comment, ctx.state.user);
});
router.delete('/articles/:slug/comments/:id', required, async (ctx) => {
  await articleService.deleteComment(ctx.params.slug, ctx.params.id, ctx.state.user);
  ctx.body = {};
});
router.get('/tags', async (ctx) => {
  ctx.body = await articleService.tags();
});
