import createError from '@fastify/error';

const ValidationError = createError('CONDUIT_VALIDATION', '%s', 422);
const UnauthorizedError = createError('CONDUIT_UNAUTHORIZED', '%s', 401);
const ForbiddenError = createError('CONDUIT_FORBIDDEN', '%s', 403);
const NotFoundError = createError('CONDUIT_NOT_FOUND', '%s', 404);

function keyed(error, key) {
  error.key = key;
  return error;
}

export const validation = (key, message = "can't be blank") => keyed(new ValidationError(message), key);
export const unauthorized = (message = 'unauthorized') => keyed(new UnauthorizedError(message), 'body');
export const forbidden = (message = 'forbidden') => keyed(new ForbiddenError(message), 'body');
export const notFound = (message = 'not found') => keyed(new NotFoundError(message), 'body');
