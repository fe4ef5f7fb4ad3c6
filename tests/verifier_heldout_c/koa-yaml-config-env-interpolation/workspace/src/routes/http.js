'use strict';
const { ServiceError, NotFoundError, UnauthorizedError, ForbiddenError, ValidationError, ConflictError } = require('../services/errors');
const userService = require('../services/userService');

const STATUS = new Map([
  [ValidationError, 422], [UnauthorizedError, 401], [ForbiddenError, 403], [NotFoundError, 404], [ConflictError, 409],
]);

function errorPayload(err) {
  if (!(err instanceof ServiceError)) return { status: 500, body: { errors: { body: ['internal error'] } } };
  return { status: STATUS.get(err.constructor) || 400, body: { errors: { [err.key]: [err.message] } } };
}

async function viewerFrom(header, required) {
  if (!header || !header.startsWith('Token ')) {
    if (required) throw new UnauthorizedError('missing token');
    return null;
  }
  return userService.fromToken(header.slice('Token '.length));
}

function section(body, key) {
  if (!body || typeof body !== 'object' || typeof body[key] !== 'object' || body[key] === null) {
    throw new ValidationError('must be a JSON object', 'body');
  }
  return body[key];
}

module.exports = { errorPayload, viewerFrom, section };
