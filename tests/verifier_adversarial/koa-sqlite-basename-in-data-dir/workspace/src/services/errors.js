'use strict';
class DomainError extends Error {
  constructor(message, key = 'body') {
    super(message);
    this.key = key;
  }
}
class NotFoundError extends DomainError {}
class ForbiddenError extends DomainError {}
class UnauthorizedError extends DomainError {}
class ValidationError extends DomainError {}
class ConflictError extends DomainError {}

module.exports = { DomainError, NotFoundError, ForbiddenError, UnauthorizedError, ValidationError, ConflictError };
