const createError = require('@fastify/error');

// Fastify understands these natively: statusCode and code end up in the reply.
const ServiceError = createError('CONDUIT_INVALID', '%s', 422);
const NotFoundError = createError('CONDUIT_NOT_FOUND', '%s', 404);
const ForbiddenError = createError('CONDUIT_FORBIDDEN', '%s', 403);

module.exports = { ServiceError, NotFoundError, ForbiddenError };
