'use strict';

class ServiceError extends Error {
  constructor(message, key = 'body') {
    super(message);
    this.key = key;
  }
}
class NotFoundError extends ServiceError {}
class UnauthorizedError extends ServiceError {}
class ForbiddenError extends ServiceError {}
class ValidationError extends ServiceError {}
class ConflictError extends ServiceError {}

module.exports = { ServiceError, NotFoundError, UnauthorizedError, ForbiddenError, ValidationError, ConflictError };
