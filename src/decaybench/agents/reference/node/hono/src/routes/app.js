'use strict';
// Hono routes: register the shared endpoint table, translate requests and errors.
const { Hono } = require('hono');
const { getConnInfo } = require('@hono/node-server/conninfo');
const { endpoints } = require('./endpoints');
const { errorResponse, notFoundResponse, parseJson, runEndpoint } = require('./http');

function buildApp(services) {
  const app = new Hono();
  const send = (c, { status, body, headers }) => c.json(body, status, headers);

  for (const endpoint of endpoints) {
    app.on(endpoint.method, endpoint.path, async (c) =>
      send(
        c,
        await runEndpoint(services, endpoint, {
          client: getConnInfo(c).remote.address,
          authorization: c.req.header('authorization'),
          params: c.req.param(),
          query: c.req.query(),
          readBody: async () => parseJson(await c.req.text()),
        }),
      ),
    );
  }

  app.notFound((c) => send(c, notFoundResponse()));
  app.onError((error, c) => send(c, errorResponse(error)));
  return app;
}

module.exports = { buildApp };
