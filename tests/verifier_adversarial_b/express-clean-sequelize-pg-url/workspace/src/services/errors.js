class NotFoundError extends Error {}
class ForbiddenError extends Error {}
module.exports = { NotFoundError, ForbiddenError };
