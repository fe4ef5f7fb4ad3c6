'use strict';
const { Hono } = require('hono');
const { serve } = require('@hono/node-server');
const users = require('./routes/users');
const articles = require('./routes/articles');
const { errorPayload } = require('./routes/http');

function buildApp() {
  const app = new Hono();
  app.route('/api', users);
  app.route('/api', articles);
  app.onError((err, c) => {
    const { status, body } = errorPayload(err);
    return c.json(body, status);
  });
  return { listen: (port) => serve({ fetch: app.fetch, port }), app };
}

module.exports = { buildApp };
