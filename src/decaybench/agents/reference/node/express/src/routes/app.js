'use strict';
// Express routes: register the shared endpoint table, translate requests and errors.
const express = require('express');
const { endpoints } = require('./endpoints');
const { errorResponse, notFoundResponse, runEndpoint } = require('./http');

function buildApp(services) {
  const app = express();
  app.disable('x-powered-by');
  // Every body is read as JSON, whatever its Content-Type says.
  app.use(express.json({ type: () => true, limit: '1mb' }));

  for (const endpoint of endpoints) {
    app[endpoint.method.toLowerCase()](endpoint.path, async (req, res) => {
      const { status, body } = await runEndpoint(services, endpoint, {
        authorization: req.get('authorization'),
        params: req.params,
        query: req.query,
        readBody: async () => req.body,
      });
      res.status(status).json(body);
    });
  }

  app.use((req, res) => {
    const { status, body } = notFoundResponse();
    res.status(status).json(body);
  });
  // Four arguments mark this as Express's error handler (body parse errors land here).
  // eslint-disable-next-line no-unused-vars
  app.use((error, req, res, next) => {
    const { status, body } = errorResponse(error);
    res.status(status).json(body);
  });
  return app;
}

module.exports = { buildApp };
