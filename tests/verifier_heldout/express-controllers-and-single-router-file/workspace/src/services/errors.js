class ServiceError extends Error {
  constructor(message, status = 422) {
    super(message);
    this.status = status;
  }
}
class NotFoundError extends ServiceError {
  constructor(message = 'not found') {
    super(message, 404);
  }
}
class ForbiddenError extends ServiceError {
  constructor(message = 'forbidden') {
    super(message, 403);
  }
}

module.exports = { ServiceError, NotFoundError, ForbiddenError };
