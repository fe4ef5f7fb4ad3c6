export class DomainError extends Error {
  constructor(message, key = 'body') {
    super(message);
    this.key = key;
  }
}
export class NotFoundError extends DomainError {}
export class ForbiddenError extends DomainError {}
export class UnauthorizedError extends DomainError {}
export class ValidationError extends DomainError {}
export class ConflictError extends DomainError {}
