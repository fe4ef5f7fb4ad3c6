'use strict';
// Application errors built on http-errors (the same error type Koa's ctx.throw uses, but usable anywhere).
const createError = require('http-errors');

class TooManyAttempts extends Error {
  constructor(retryAfter) {
    super('too many login attempts');
    this.status = 429;
    this.fields = { body: ['too many login attempts'] };
    this.retryAfter = retryAfter;
  }
}

function appError(status, fields) {
  const err = createError(status, Object.values(fields).flat().join('; '));
  err.fields = fields;
  return err;
}

const isAppError = (err) => Boolean(err && err.fields && err.status);
const invalid = (fields) => appError(422, fields);
const unauthorized = (message = 'missing or invalid token') => appError(401, { body: [message] });
const forbidden = (message = 'not allowed') => appError(403, { body: [message] });
const notFound = (what = 'resource') => appError(404, { body: [`${what} not found`] });
const conflict = (fields) => appError(409, fields);

module.exports = { TooManyAttempts, isAppError, invalid, unauthorized, forbidden, notFound, conflict };
