'use strict';
// Express routes: register the shared endpoint table, translate requests and errors.
const express = require('express');
const { endpoints } = require('./endpoints');
const { errorResponse, notFoundResponse, runEndpoint } = require('./http');

function buildApp(services) {
  const app = express();
  app.disable('x-powered-by');
  // Every body is read as JSON, whatever its Content-Type says. A body that fails to parse is
  // reported when the endpoint reads it, after the endpoint has admitted the request.
  const json = express.json({ type: () => true, limit: '1mb' });
  app.use((req, res, next) =>
    json(req, res, (error) => {
      req.bodyError = error;
      next();
    }),
  );

  const send = (res, { status, body, headers }) => res.status(status).set(headers).json(body);

  for (const endpoint of endpoints) {
    app[endpoint.method.toLowerCase()](endpoint.path, async (req, res) => {
      send(
        res,
        await runEndpoint(services, endpoint, {
          client: req.socket.remoteAddress,
          authorization: req.get('authorization'),
          params: req.params,
          query: req.query,
          readBody: async () => {
            if (req.bodyError) throw req.bodyError;
            return req.body;
          },
        }),
      );
    });
  }

  app.use((req, res) => send(res, notFoundResponse()));
  // Four arguments mark this as Express's error handler.
  // eslint-disable-next-line no-unused-vars
  app.use((error, req, res, next) => send(res, errorResponse(error)));
  return app;
}

module.exports = { buildApp };
