'use strict';


function tokenOf(ctx) {
  const [scheme, token] = (ctx.get('authorization') || '').split(' ');
  return scheme === 'Token' || scheme === 'Bearer' ? token : null;
}

/** Middleware putting the caller's id on ctx.state.userId. */
function authMiddleware(users) {
  const optional = async (ctx, next) => {
    const token = tokenOf(ctx);
    ctx.state.userId = token ? users.authenticate(token) : null;
    await next();
  };
  const required = async (ctx, next) => {
    const token = tokenOf(ctx);
    if (!token) {
      ctx.status = 401;
      ctx.body = { errors: { body: ['missing authorization token'] } };
      return;
    }
    ctx.state.userId = users.authenticate(token);
    await next();
  };
  return { optional, required };
}

module.exports = { authMiddleware };
