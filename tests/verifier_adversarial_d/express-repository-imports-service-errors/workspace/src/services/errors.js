class AppError extends Error {}
class NotFoundError extends AppError { constructor(what) { super(`${what} not found`); this.status = 404; } }
class ForbiddenError extends AppError { constructor() { super('forbidden'); this.status = 403; } }
module.exports = { AppError, NotFoundError, ForbiddenError };
