import createError from '@fastify/error';

/**
 * Failures of the use cases. Built with @fastify/error so they carry a code and a status code;
 * `kind` selects the envelope the error handler answers with.
 */
const Validation = createError('CONDUIT_VALIDATION', 'validation failed', 422);
const Unauthorized = createError('CONDUIT_UNAUTHORIZED', '%s', 401);
const Forbidden = createError('CONDUIT_FORBIDDEN', '%s', 403);
const NotFound = createError('CONDUIT_NOT_FOUND', '%s not found', 404);

export class ValidationError extends Validation {
  constructor(errors) {
    super();
    this.kind = 'validation';
    this.errors = errors;
  }
}

export class UnauthorizedError extends Unauthorized {
  constructor(message = 'unauthorized') {
    super(message);
    this.kind = 'unauthorized';
  }
}

export class ForbiddenError extends Forbidden {
  constructor(message = 'forbidden') {
    super(message);
    this.kind = 'forbidden';
  }
}

export class NotFoundError extends NotFound {
  constructor(what = 'resource') {
    super(what);
    this.kind = 'not_found';
  }
}
