'use strict';

/** Failures of the use cases; the HTTP layer decides how each one is answered. */
class AppError extends Error {
  constructor(kind, message) {
    super(message);
    this.name = new.target.name;
    this.kind = kind;
  }
}

class ValidationError extends AppError {
  constructor(errors) {
    super('validation', 'validation failed');
    this.errors = errors;
  }
}

class UnauthorizedError extends AppError {
  constructor(message = 'unauthorized') {
    super('unauthorized', message);
  }
}

class ForbiddenError extends AppError {
  constructor(message = 'forbidden') {
    super('forbidden', message);
  }
}

class NotFoundError extends AppError {
  constructor(what = 'resource') {
    super('not_found', `${what} not found`);
  }
}

module.exports = { AppError, ValidationError, UnauthorizedError, ForbiddenError, NotFoundError };
