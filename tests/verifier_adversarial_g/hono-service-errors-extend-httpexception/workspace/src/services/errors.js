import { HTTPException } from 'hono/http-exception';

/**
 * Failures of the use cases. They extend Hono's HTTPException so that anything not mapped by
 * onError still answers with the right status.
 */
export class AppError extends HTTPException {
  constructor(status, kind, message) {
    super(status, { message });
    this.name = new.target.name;
    this.kind = kind;
  }
}

export class ValidationError extends AppError {
  constructor(errors) {
    super(422, 'validation', 'validation failed');
    this.errors = errors;
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'unauthorized') {
    super(401, 'unauthorized', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'forbidden') {
    super(403, 'forbidden', message);
  }
}

export class NotFoundError extends AppError {
  constructor(what = 'resource') {
    super(404, 'not_found', `${what} not found`);
  }
}
