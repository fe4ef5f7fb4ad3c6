'use strict';
const express = require('express');
const users = require('./routes/users');
const articles = require('./routes/articles');
const { errorPayload } = require('./routes/http');

function buildApp() {
  const app = express();
  app.use(express.json());
  app.use('/api', users);
  app.use('/api', articles);
  // eslint-disable-next-line no-unused-vars
  app.use((err, req, res, next) => {
    if (err.type === 'entity.parse.failed') return res.status(422).json({ errors: { body: ['invalid JSON'] } });
    const { status, body } = errorPayload(err);
    return res.status(status).json(body);
  });
  return app;
}

module.exports = { buildApp };
