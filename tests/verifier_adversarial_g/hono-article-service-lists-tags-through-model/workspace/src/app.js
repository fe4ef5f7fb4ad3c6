'use strict';

const { Hono } = require('hono');
const { authMiddleware } = require('./routes/auth');
const { userRoutes } = require('./routes/users');
const { profileRoutes } = require('./routes/profiles');
const { articleRoutes } = require('./routes/articles');
const { commentRoutes } = require('./routes/comments');
const { onError } = require('./routes/errors');

function createApp(services) {
  const app = new Hono().basePath('/api');
  const auth = authMiddleware(services.users);

  app.route('/', userRoutes(services.users, auth));
  app.route('/', profileRoutes(services.profiles, auth));
  app.route('/', articleRoutes(services.articles, auth));
  app.route('/', commentRoutes(services.comments, auth));

  app.notFound((c) => c.json({ errors: { body: ['not found'] } }, 404));
  app.onError(onError);
  return app;
}

module.exports = { createApp };
