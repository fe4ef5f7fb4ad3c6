'use strict';

const express = require('express');
const { scopePerRequest } = require('awilix-express');
const { authMiddleware } = require('./routes/auth');
const { userRoutes } = require('./routes/users');
const { profileRoutes } = require('./routes/profiles');
const { articleRoutes } = require('./routes/articles');
const { commentRoutes } = require('./routes/comments');
const { errorHandler } = require('./routes/errors');

function createApp(container) {
  const app = express();
  app.use(express.json());
  app.use(scopePerRequest(container));

  const auth = authMiddleware(container.resolve('userService'));
  const api = express.Router();
  api.use(userRoutes(container.resolve('userService'), auth));
  api.use(profileRoutes(container.resolve('profileService'), auth));
  api.use(articleRoutes(container.resolve('articleService'), auth));
  api.use(commentRoutes(container.resolve('commentService'), auth));

  app.use('/api', api);
  app.use((_req, res) => res.status(404).json({ errors: { body: ['not found'] } }));
  app.use(errorHandler);
  return app;
}

module.exports = { createApp };
