'use strict';
// HTTP layer: parse requests, call services, map errors to responses.
const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const users = require('./services/users');
const articles = require('./services/articles');
const { readToken } = require('./services/security');
const { AppError, invalid, unauthorized } = require('./services/errors');
const { createLoginLimiter } = require('./middleware/rateLimit');

const body = (ctx, key) => {
  const parsed = ctx.request.body;
  if (!parsed || typeof parsed[key] !== 'object' || parsed[key] === null) throw invalid('body', `${key} is required`);
  return parsed[key];
};
const required = (ctx) => {
  if (!ctx.state.userId) throw unauthorized();
  return ctx.state.userId;
};

function buildApp() {
  const app = new Koa();
  const router = new Router({ prefix: '/api' });
  const limited = createLoginLimiter();

  app.use(async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      if (err instanceof AppError) { ctx.status = err.status; ctx.body = { errors: err.errors }; return; }
      if (err.status === 400) { ctx.status = 422; ctx.body = { errors: { body: ['is not JSON'] } }; return; }
      console.error(err);
      ctx.status = 500;
      ctx.body = { errors: { body: ['internal error'] } };
    }
  });
  app.use(bodyParser());
  app.use(async (ctx, next) => { ctx.state.userId = readToken(ctx.get('authorization')); await next(); });

  router.post('/users', async (ctx) => { ctx.status = 201; ctx.body = { user: await users.register(body(ctx, 'user')) }; });
  router.post('/users/login', async (ctx) => {
    const wait = limited(ctx.ip);
    if (wait) { ctx.status = 429; ctx.set('Retry-After', String(wait)); ctx.body = { errors: { body: ['too many login attempts'] } }; return; }
    ctx.body = { user: await users.login(body(ctx, 'user')) };
  });
  router.get('/user', async (ctx) => { ctx.body = { user: await users.current(required(ctx)) }; });
  router.get('/profiles/:username', async (ctx) => { ctx.body = { profile: await users.profile(ctx.params.username, ctx.state.userId) }; });
  router.get('/articles', async (ctx) => {
    const q = ctx.query;
    ctx.body = await articles.list(ctx.state.userId, { tag: q.tag, author: q.author, favorited: q.favorited, limit: Number(q.limit || 20), offset: Number(q.offset || 0) });
  });
  router.post('/articles', async (ctx) => { ctx.status = 201; ctx.body = { article: await articles.create(required(ctx), body(ctx, 'article')) }; });
  router.get('/articles/:slug', async (ctx) => { ctx.body = { article: await articles.get(ctx.params.slug, ctx.state.userId) }; });
  router.delete('/articles/:slug', async (ctx) => { await articles.remove(ctx.params.slug, required(ctx)); ctx.body = {}; });
  router.get('/tags', async (ctx) => { ctx.body = await articles.tags(); });

  app.use(router.routes()).use(router.allowedMethods());
  return app;
}

module.exports = { buildApp };
