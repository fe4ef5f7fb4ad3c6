'use strict';

const express = require('express');
const { authMiddleware } = require('./controllers/auth');
const { userRoutes } = require('./controllers/users');
const { profileRoutes } = require('./controllers/profiles');
const { articleRoutes } = require('./controllers/articles');
const { commentRoutes } = require('./controllers/comments');
const { errorHandler } = require('./controllers/errors');

function createApp(services) {
  const app = express();
  app.use(express.json());

  const auth = authMiddleware(services.users);
  const api = express.Router();
  api.use(userRoutes(services.users, auth));
  api.use(profileRoutes(services.profiles, auth));
  api.use(articleRoutes(services.articles, auth));
  api.use(commentRoutes(services.comments, auth));

  app.use('/api', api);
  app.use((_req, res) => res.status(404).json({ errors: { body: ['not found'] } }));
  app.use(errorHandler);
  return app;
}

module.exports = { createApp };
