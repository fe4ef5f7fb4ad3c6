'use strict';
// Typed application errors (FST-style codes make them easy to grep in logs).
const createError = require('@fastify/error');

const NotFound = createError('CONDUIT_NOT_FOUND', '%s not found', 404);
const Forbidden = createError('CONDUIT_FORBIDDEN', '%s', 403);
const Unauthorized = createError('CONDUIT_UNAUTHORIZED', '%s', 401);
const Invalid = createError('CONDUIT_INVALID', 'invalid input', 422);
const Conflict = createError('CONDUIT_CONFLICT', 'already taken', 409);

function withFields(err, fields) {
  err.fields = fields;
  return err;
}

class AppError extends Error {}

class TooManyAttempts extends Error {
  constructor(retryAfter) {
    super('too many login attempts');
    this.statusCode = 429;
    this.fields = { body: ['too many login attempts'] };
    this.retryAfter = retryAfter;
  }
}

const invalid = (fields) => withFields(new Invalid(), fields);
const unauthorized = (message = 'missing or invalid token') => withFields(new Unauthorized(message), { body: [message] });
const forbidden = (message = 'not allowed') => withFields(new Forbidden(message), { body: [message] });
const notFound = (what = 'resource') => withFields(new NotFound(what), { body: [`${what} not found`] });
const conflict = (fields) => withFields(new Conflict(), fields);

module.exports = { AppError, TooManyAttempts, invalid, unauthorized, forbidden, notFound, conflict };
