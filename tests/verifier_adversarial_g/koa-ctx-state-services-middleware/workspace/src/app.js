'use strict';

const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { authMiddleware } = require('./routes/auth');
const { userRoutes } = require('./routes/users');
const { profileRoutes } = require('./routes/profiles');
const { articleRoutes } = require('./routes/articles');
const { commentRoutes } = require('./routes/comments');
const { errorMiddleware } = require('./routes/errors');
const { provideServices } = require('./middleware/provide-services');

function createApp(services) {
  const app = new Koa();
  const auth = authMiddleware(services.users);
  const api = new Router({ prefix: '/api' });
  for (const router of [
    userRoutes(auth),
    profileRoutes(auth),
    articleRoutes(auth),
    commentRoutes(auth),
  ]) {
    api.use(router.routes(), router.allowedMethods());
  }

  app.use(errorMiddleware);
  app.use(bodyParser());
  app.use(provideServices(services));
  app.use(api.routes());
  app.use(api.allowedMethods());
  app.use(async (ctx) => {
    ctx.status = 404;
    ctx.body = { errors: { body: ['not found'] } };
  });
  return app;
}

module.exports = { createApp };
