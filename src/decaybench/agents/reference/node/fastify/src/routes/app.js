'use strict';
// Fastify routes: register the shared endpoint table, translate requests and errors.
const Fastify = require('fastify');
const { endpoints } = require('./endpoints');
const { errorResponse, notFoundResponse, parseJson, runEndpoint } = require('./http');

function buildApp(services) {
  const app = Fastify({ logger: false });
  // Keep every body as text whatever its Content-Type; the endpoint parses it as JSON when it
  // reads it, after admitting the request (Fastify's own parser also rejects an empty body).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (request, text, done) => done(null, text));

  const send = (reply, { status, body, headers }) => reply.code(status).headers(headers).send(body);

  for (const endpoint of endpoints) {
    app.route({
      method: endpoint.method,
      url: endpoint.path,
      handler: async (request, reply) =>
        send(
          reply,
          await runEndpoint(services, endpoint, {
            client: request.socket.remoteAddress,
            authorization: request.headers.authorization,
            params: request.params,
            query: request.query,
            readBody: async () => parseJson(request.body),
          }),
        ),
    });
  }

  app.setNotFoundHandler((request, reply) => send(reply, notFoundResponse()));
  app.setErrorHandler((error, request, reply) => send(reply, errorResponse(error)));
  return app;
}

module.exports = { buildApp };
