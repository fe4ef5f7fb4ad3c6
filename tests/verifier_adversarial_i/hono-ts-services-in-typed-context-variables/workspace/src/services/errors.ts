export class AppError extends Error {
  constructor(status, errors) {
    super(Object.values(errors).flat().join(', '));
    this.status = status;
    this.errors = errors;
  }
}

export class ValidationError extends AppError {
  constructor(field, message = "can't be blank") {
    super(422, { [field]: [message] });
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = 'missing or invalid token') {
    super(401, { token: [message] });
  }
}

export class ForbiddenError extends AppError {
  constructor(what = 'article') {
    super(403, { [what]: ['forbidden'] });
  }
}

export class NotFoundError extends AppError {
  constructor(what = 'article') {
    super(404, { [what]: ['not found'] });
  }
}
