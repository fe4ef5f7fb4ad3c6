'use strict';

const { bodyParser } = require('@koa/bodyparser');
const Router = require('@koa/router');
const Koa = require('koa');
const { ApiError, invalid } = require('./errors.js');
const articles = require('./services/articles.js');
const users = require('./services/users.js');

const body = (ctx, key) => {
  const value = ctx.request.body?.[key];
  if (!value || typeof value !== 'object') throw invalid('body', `${key} is required`);
  return value;
};

const viewer = (ctx, required = false) => users.resolveViewer(ctx.get('authorization'), required);

function createApp() {
  const app = new Koa();
  const r = new Router({ prefix: '/api' });

  r.post('/users', async (ctx) => {
    ctx.status = 201;
    ctx.body = { user: await users.register(body(ctx, 'user')) };
  });
  r.post('/users/login', async (ctx) => { ctx.body = { user: await users.login(body(ctx, 'user')) }; });
  r.get('/user', async (ctx) => { ctx.body = { user: await users.current(await viewer(ctx, true)) }; });
  r.put('/user', async (ctx) => {
    const id = await viewer(ctx, true);
    ctx.body = { user: await users.update(id, body(ctx, 'user')) };
  });
  r.get('/profiles/:username', async (ctx) => { ctx.body = { profile: await users.profile(ctx.params.username, await viewer(ctx)) }; });
  r.post('/profiles/:username/follow', async (ctx) => {
    ctx.body = { profile: await users.setFollowing(ctx.params.username, await viewer(ctx, true), true) };
  });
  r.delete('/profiles/:username/follow', async (ctx) => {
    ctx.body = { profile: await users.setFollowing(ctx.params.username, await viewer(ctx, true), false) };
  });
  r.get('/articles', async (ctx) => { ctx.body = await articles.list(ctx.query, await viewer(ctx)); });
  r.get('/articles/feed', async (ctx) => { ctx.body = await articles.feed(ctx.query, await viewer(ctx, true)); });
  r.post('/articles', async (ctx) => {
    const id = await viewer(ctx, true);
    ctx.status = 201;
    ctx.body = { article: await articles.create(body(ctx, 'article'), id) };
  });
  r.get('/articles/:slug', async (ctx) => { ctx.body = { article: await articles.get(ctx.params.slug, await viewer(ctx)) }; });
  r.put('/articles/:slug', async (ctx) => {
    const id = await viewer(ctx, true);
    ctx.body = { article: await articles.update(ctx.params.slug, body(ctx, 'article'), id) };
  });
  r.delete('/articles/:slug', async (ctx) => {
    await articles.remove(ctx.params.slug, await viewer(ctx, true));
    ctx.body = {};
  });
  r.post('/articles/:slug/favorite', async (ctx) => {
    ctx.body = { article: await articles.setFavorite(ctx.params.slug, await viewer(ctx, true), true) };
  });
  r.delete('/articles/:slug/favorite', async (ctx) => {
    ctx.body = { article: await articles.setFavorite(ctx.params.slug, await viewer(ctx, true), false) };
  });
  r.get('/articles/:slug/comments', async (ctx) => {
    ctx.body = { comments: await articles.listComments(ctx.params.slug, await viewer(ctx)) };
  });
  r.post('/articles/:slug/comments', async (ctx) => {
    const id = await viewer(ctx, true);
    ctx.body = { comment: await articles.addComment(ctx.params.slug, body(ctx, 'comment'), id) };
  });
  r.delete('/articles/:slug/comments/:id', async (ctx) => {
    await articles.deleteComment(ctx.params.slug, ctx.params.id, await viewer(ctx, true));
    ctx.body = {};
  });
  r.get('/tags', async (ctx) => { ctx.body = { tags: await articles.tags() }; });

  app.use(async (ctx, next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) {
        ctx.status = 404;
        ctx.body = { errors: { body: ['not found'] } };
      }
    } catch (err) {
      if (err instanceof ApiError) {
        ctx.status = err.status;
        ctx.body = err.toJSON();
      } else if (err.status === 400 || err.status === 422) {
        ctx.status = 422;
        ctx.body = { errors: { body: ['invalid JSON'] } };
      } else {
        console.error(err);
        ctx.status = 500;
        ctx.body = { errors: { body: ['internal error'] } };
      }
    }
  });
  app.use(bodyParser());
  app.use(r.routes());
  app.use(r.allowedMethods());
  return app;
}

module.exports = { createApp };
