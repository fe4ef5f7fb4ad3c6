'use strict';
const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const users = require('./routes/users');
const articles = require('./routes/articles');
const { errorPayload } = require('./routes/http');

function buildApp() {
  const app = new Koa();
  app.use(async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      const { status, body } = errorPayload(err);
      ctx.status = status;
      ctx.body = body;
    }
  });
  app.use(bodyParser({ onerror: (err, ctx) => ctx.throw(422, 'invalid JSON') }));
  app.use(users.routes()).use(users.allowedMethods());
  app.use(articles.routes()).use(articles.allowedMethods());
  return app;
}

module.exports = { buildApp };
