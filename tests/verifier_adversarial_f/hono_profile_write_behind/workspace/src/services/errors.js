'use strict';
class AppError extends Error {
  constructor(status, key, message) {
    super(message);
    this.status = status;
    this.errors = { [key]: [message] };
  }
}
const invalid = (key, message) => new AppError(422, key, message);
const unauthorized = () => new AppError(401, 'body', 'authentication required');
const forbidden = () => new AppError(403, 'body', 'forbidden');
const notFound = (what) => new AppError(404, 'body', `${what} not found`);
module.exports = { AppError, invalid, unauthorized, forbidden, notFound };
