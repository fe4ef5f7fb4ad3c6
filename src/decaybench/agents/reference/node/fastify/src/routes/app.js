'use strict';
// Fastify routes: register the shared endpoint table, translate requests and errors.
const Fastify = require('fastify');
const { endpoints } = require('./endpoints');
const { errorResponse, notFoundResponse, parseJson, runEndpoint } = require('./http');

function buildApp(services) {
  const app = Fastify({ logger: false });
  // Read every body as JSON whatever its Content-Type, and let an empty body mean "none"
  // (Fastify's own parser rejects an empty body sent with application/json).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (request, text, done) => {
    try {
      done(null, parseJson(text));
    } catch (error) {
      done(error, undefined);
    }
  });

  for (const endpoint of endpoints) {
    app.route({
      method: endpoint.method,
      url: endpoint.path,
      handler: async (request, reply) => {
        const { status, body } = await runEndpoint(services, endpoint, {
          authorization: request.headers.authorization,
          params: request.params,
          query: request.query,
          readBody: async () => request.body,
        });
        return reply.code(status).send(body);
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const { status, body } = notFoundResponse();
    return reply.code(status).send(body);
  });
  app.setErrorHandler((error, request, reply) => {
    const { status, body } = errorResponse(error);
    return reply.code(status).send(body);
  });
  return app;
}

module.exports = { buildApp };
