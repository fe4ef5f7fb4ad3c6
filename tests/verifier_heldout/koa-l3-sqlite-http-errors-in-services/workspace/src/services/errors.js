// http-errors is a plain error factory (no server, no context); Koa's ctx.throw happens to use it too.
const createError = require('http-errors');

const ServiceError = (message) => createError(422, message);
const NotFoundError = (message = 'not found') => createError(404, message);
const ForbiddenError = (message = 'forbidden') => createError(403, message);

module.exports = { ServiceError, NotFoundError, ForbiddenError };
