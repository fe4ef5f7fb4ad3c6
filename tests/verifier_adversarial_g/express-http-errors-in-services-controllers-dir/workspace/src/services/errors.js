'use strict';

const createError = require('http-errors');

/**
 * Failures of the use cases, built on http-errors so they carry their status; `kind` tells the
 * controllers' error handler which envelope to answer with.
 */
class ValidationError extends createError.UnprocessableEntity {
  constructor(errors) {
    super('validation failed');
    this.kind = 'validation';
    this.errors = errors;
  }
}

class UnauthorizedError extends createError.Unauthorized {
  constructor(message = 'unauthorized') {
    super(message);
    this.kind = 'unauthorized';
  }
}

class ForbiddenError extends createError.Forbidden {
  constructor(message = 'forbidden') {
    super(message);
    this.kind = 'forbidden';
  }
}

class NotFoundError extends createError.NotFound {
  constructor(what = 'resource') {
    super(`${what} not found`);
    this.kind = 'not_found';
  }
}

module.exports = { ValidationError, UnauthorizedError, ForbiddenError, NotFoundError };
