'use strict';
const createError = require('@fastify/error');

// statusCode is also read by Fastify's default handler, so unhandled ones still get the right status.
class ServiceError extends Error {}

function serviceError(code, status) {
  const Base = createError(code, '%s', status);
  Object.setPrototypeOf(Base.prototype, ServiceError.prototype);
  return class extends Base {
    constructor(message, key = 'body') {
      super(message);
      this.key = key;
    }
  };
}

const NotFoundError = serviceError('NOT_FOUND', 404);
const UnauthorizedError = serviceError('UNAUTHORIZED', 401);
const ForbiddenError = serviceError('FORBIDDEN', 403);
const ValidationError = serviceError('INVALID', 422);
const ConflictError = serviceError('CONFLICT', 409);

module.exports = { ServiceError, NotFoundError, UnauthorizedError, ForbiddenError, ValidationError, ConflictError };
