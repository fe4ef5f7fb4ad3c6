'use strict';
const createError = require('@fastify/error');

module.exports = {
  NotFoundError: createError('CONDUIT_NOT_FOUND', '%s not found', 404),
  UnauthorizedError: createError('CONDUIT_UNAUTHORIZED', 'authentication required', 401),
};
