'use strict';
const Router = require('@koa/router');
const { DomainError, NotFoundError, ForbiddenError, UnauthorizedError, ConflictError } = require('../services/errors');
const { readToken } = require('../services/security');

const STATUS = new Map([[UnauthorizedError, 401], [ForbiddenError, 403], [NotFoundError, 404], [ConflictError, 409]]);

function buildRouter({ services, secret }) {
  const router = new Router({ prefix: '/api' });
  const viewer = (ctx) => {
    const header = ctx.get('Authorization');
    return header.startsWith('Token ') ? readToken(header.slice(6), secret) : null;
  };

  router.use(async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      ctx.status = STATUS.get(error.constructor) || 422;
      ctx.body = { errors: { [error.key]: [error.message] } };
    }
  });

  router.get('/health-check', (ctx) => { ctx.body = { status: 'ok' }; });
  router.post('/users', async (ctx) => {
    ctx.status = 201;
    ctx.body = { user: await services.users.register(ctx.request.body.user || {}) };
  });
  router.post('/users/login', async (ctx) => { ctx.body = { user: await services.users.login(ctx.request.body.user || {}) }; });
  router.get('/articles', async (ctx) => {
    const { tag, author, limit = 20, offset = 0 } = ctx.query;
    ctx.body = await services.articles.list({ tag, author, limit: Number(limit), offset: Number(offset) }, viewer(ctx));
  });
  router.get('/articles/:slug', async (ctx) => { ctx.body = { article: await services.articles.get(ctx.params.slug, viewer(ctx)) }; });
  return router;
}

module.exports = { buildRouter };
