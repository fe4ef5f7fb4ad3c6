'use strict';
const createError = require('@fastify/error');

// Codes double as the error keys; statusCode is read by Fastify's default handler too.
const NotFoundError = createError('NOT_FOUND', '%s', 404);
const UnauthorizedError = createError('UNAUTHORIZED', '%s', 401);
const ForbiddenError = createError('FORBIDDEN', '%s', 403);
const ValidationError = createError('INVALID', '%s', 422);
const ConflictError = createError('CONFLICT', '%s', 409);

class ServiceError extends Error {}
for (const E of [NotFoundError, UnauthorizedError, ForbiddenError, ValidationError, ConflictError]) {
  Object.setPrototypeOf(E.prototype, ServiceError.prototype);
}

module.exports = { ServiceError, NotFoundError, UnauthorizedError, ForbiddenError, ValidationError, ConflictError };
