'use strict';

const { createMiddleware } = require('hono/factory');

function tokenOf(header) {
  const [scheme, token] = (header ?? '').split(' ');
  return scheme === 'Token' || scheme === 'Bearer' ? token : null;
}

/** Middleware putting the caller's id in the context variable `userId`. */
function authMiddleware(users) {
  const optional = createMiddleware(async (c, next) => {
    const token = tokenOf(c.req.header('authorization'));
    c.set('userId', token ? users.authenticate(token) : null);
    await next();
  });
  const required = createMiddleware(async (c, next) => {
    const token = tokenOf(c.req.header('authorization'));
    if (!token) return c.json({ errors: { body: ['missing authorization token'] } }, 401);
    c.set('userId', users.authenticate(token));
    await next();
  });
  return { optional, required };
}

module.exports = { authMiddleware };
