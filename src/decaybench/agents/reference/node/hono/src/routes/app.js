'use strict';
// Hono routes: register the shared endpoint table, translate requests and errors.
const { Hono } = require('hono');
const { endpoints } = require('./endpoints');
const { errorResponse, notFoundResponse, parseJson, runEndpoint } = require('./http');

function buildApp(services) {
  const app = new Hono();

  for (const endpoint of endpoints) {
    app.on(endpoint.method, endpoint.path, async (c) => {
      const { status, body } = await runEndpoint(services, endpoint, {
        authorization: c.req.header('authorization'),
        params: c.req.param(),
        query: c.req.query(),
        readBody: async () => parseJson(await c.req.text()),
      });
      return c.json(body, status);
    });
  }

  app.notFound((c) => {
    const { status, body } = notFoundResponse();
    return c.json(body, status);
  });
  app.onError((error, c) => {
    const { status, body } = errorResponse(error);
    return c.json(body, status);
  });
  return app;
}

module.exports = { buildApp };
