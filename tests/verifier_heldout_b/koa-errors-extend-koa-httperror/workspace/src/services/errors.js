'use strict';
// Application errors extend Koa's HttpError so that ctx.throw-style handling and `expose` work unchanged.
const { HttpError } = require('koa');

class AppError extends HttpError {
  constructor(status, fields) {
    super(Object.values(fields).flat().join('; '));
    this.status = status;
    this.expose = true;
    this.fields = fields;
  }
  toBody() { return { errors: this.fields }; }
}

const invalid = (fields) => new AppError(422, fields);
const unauthorized = (message = 'missing or invalid token') => new AppError(401, { body: [message] });
const forbidden = (message = 'not allowed') => new AppError(403, { body: [message] });
const notFound = (what = 'resource') => new AppError(404, { body: [`${what} not found`] });
const conflict = (fields) => new AppError(409, fields);

class TooManyAttempts extends AppError {
  constructor(retryAfter) {
    super(429, { body: ['too many login attempts'] });
    this.retryAfter = retryAfter;
  }
}

module.exports = { AppError, TooManyAttempts, invalid, unauthorized, forbidden, notFound, conflict };
