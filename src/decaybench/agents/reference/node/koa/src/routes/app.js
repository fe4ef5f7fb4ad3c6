'use strict';
// Koa routes: register the shared endpoint table, translate requests and errors.
const Koa = require('koa');
const { Router } = require('@koa/router');
const { bodyParser } = require('@koa/bodyparser');
const { endpoints } = require('./endpoints');
const { errorResponse, notFoundResponse, runEndpoint } = require('./http');

function buildApp(services) {
  const app = new Koa();
  const router = new Router();
  const send = (ctx, { status, body, headers }) => {
    ctx.status = status;
    ctx.set(headers);
    ctx.body = body;
  };

  // Outermost: every other error becomes an errors envelope.
  app.use(async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      send(ctx, errorResponse(error));
    }
  });
  // Read bodies as JSON whatever their Content-Type; DELETE bodies are ignored. A body that fails
  // to parse is reported when the endpoint reads it, after the endpoint has admitted the request.
  app.use(
    bodyParser({
      enableTypes: ['json'],
      detectJSON: () => true,
      jsonLimit: '1mb',
      onError: (error, ctx) => {
        ctx.state.bodyError = error;
      },
    }),
  );

  for (const endpoint of endpoints) {
    router.register(endpoint.path, [endpoint.method], async (ctx) =>
      send(
        ctx,
        await runEndpoint(services, endpoint, {
          client: ctx.req.socket.remoteAddress,
          authorization: ctx.get('authorization'),
          params: ctx.params,
          query: ctx.query,
          readBody: async () => {
            if (ctx.state.bodyError) throw ctx.state.bodyError;
            return ctx.request.body;
          },
        }),
      ),
    );
  }
  app.use(router.routes());
  app.use(router.allowedMethods());
  app.use(async (ctx) => send(ctx, notFoundResponse()));
  return app;
}

module.exports = { buildApp };
