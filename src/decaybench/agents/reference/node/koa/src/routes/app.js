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

  // Outermost: every error, body parse errors included, becomes an errors envelope.
  app.use(async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      const { status, body } = errorResponse(error);
      ctx.status = status;
      ctx.body = body;
    }
  });
  // Read bodies as JSON whatever their Content-Type; DELETE bodies are ignored.
  app.use(bodyParser({ enableTypes: ['json'], detectJSON: () => true, jsonLimit: '1mb' }));

  for (const endpoint of endpoints) {
    router.register(endpoint.path, [endpoint.method], async (ctx) => {
      const { status, body } = await runEndpoint(services, endpoint, {
        authorization: ctx.get('authorization'),
        params: ctx.params,
        query: ctx.query,
        readBody: async () => ctx.request.body,
      });
      ctx.status = status;
      ctx.body = body;
    });
  }
  app.use(router.routes());
  app.use(router.allowedMethods());
  app.use(async (ctx) => {
    const { status, body } = notFoundResponse();
    ctx.status = status;
    ctx.body = body;
  });
  return app;
}

module.exports = { buildApp };
