'use strict';

const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { authMiddleware } = require('./handlers/auth');
const { userRoutes } = require('./handlers/users');
const { profileRoutes } = require('./handlers/profiles');
const { articleRoutes } = require('./handlers/articles');
const { commentRoutes } = require('./handlers/comments');
const { errorMiddleware } = require('./handlers/errors');
const { healthRoutes } = require('./handlers/health');

function createApp(services) {
  const app = new Koa();
  const auth = authMiddleware(services.users);
  const api = new Router({ prefix: '/api' });
  for (const router of [
    userRoutes(services.users, auth),
    profileRoutes(services.profiles, auth),
    articleRoutes(services.articles, auth),
    commentRoutes(services.comments, auth),
  ]) {
    api.use(router.routes(), router.allowedMethods());
  }

  app.use(errorMiddleware);
  app.use(bodyParser());
  const health = healthRoutes(services.health);
  app.use(health.routes());
  app.use(api.routes());
  app.use(api.allowedMethods());
  app.use(async (ctx) => {
    ctx.status = 404;
    ctx.body = { errors: { body: ['not found'] } };
  });
  return app;
}

module.exports = { createApp };
