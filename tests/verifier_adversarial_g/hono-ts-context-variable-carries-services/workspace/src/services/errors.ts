/** Failures of the use cases; the HTTP layer decides how each one is answered. */
export class AppError extends Error {
  readonly kind: string;
  constructor(kind: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.kind = kind;
  }
}

export class ValidationError extends AppError {
  readonly errors: Record<string, string[]>;
  constructor(errors: Record<string, string[]>) {
    super('validation', 'validation failed');
    this.errors = errors;
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'unauthorized') {
    super('unauthorized', message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'forbidden') {
    super('forbidden', message);
  }
}

export class NotFoundError extends AppError {
  constructor(what = 'resource') {
    super('not_found', `${what} not found`);
  }
}
