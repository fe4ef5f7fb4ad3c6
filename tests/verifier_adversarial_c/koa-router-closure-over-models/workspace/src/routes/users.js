const Router = require('@koa/router');
const { DomainError } = require('../services/errors');

const STATUS = { invalid: 422, conflict: 409, unauthorized: 401 };

async function domainErrors(ctx, next) {
  try {
    await next();
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    ctx.status = STATUS[err.kind];
    ctx.body = { errors: { [err.field]: [err.message] } };
  }
}

function usersRouter(userService) {
  const router = new Router({ prefix: '/api' });
  router.post('/users', async (ctx) => {
    ctx.status = 201;
    ctx.body = { user: await userService.register(ctx.request.body.user) };
  });
  router.post('/users/login', async (ctx) => {
    ctx.body = { user: await userService.login(ctx.request.body.user) };
  });
  return router;
}

module.exports = { usersRouter, domainErrors };
