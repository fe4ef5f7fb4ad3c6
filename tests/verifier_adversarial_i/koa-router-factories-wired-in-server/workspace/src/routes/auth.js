'use strict';

const { UnauthorizedError } = require('../services/errors');

function tokenOf(ctx) {
  const [scheme, value] = (ctx.get('Authorization') || '').split(' ');
  return (scheme === 'Token' || scheme === 'Bearer') && value ? value : null;
}

function buildAuth(userService) {
  async function authOptional(ctx, next) {
    ctx.state.token = tokenOf(ctx);
    ctx.state.user = await userService.fromToken(ctx.state.token);
    await next();
  }

  async function authRequired(ctx, next) {
    ctx.state.token = tokenOf(ctx);
    if (!ctx.state.token) throw new UnauthorizedError();
    ctx.state.user = await userService.fromToken(ctx.state.token);
    await next();
  }
  return { authOptional, authRequired };
}

module.exports = { buildAuth };
