'use strict';

class ApiError extends Error {
  constructor(status, key, message) {
    super(message);
    this.status = status;
    this.key = key;
  }

  toJSON() {
    return { errors: { [this.key]: [this.message] } };
  }
}

const invalid = (key, message) => new ApiError(422, key, message);
const unauthorized = (message = 'missing or invalid token') => new ApiError(401, 'body', message);
const forbidden = () => new ApiError(403, 'body', 'forbidden');
const notFound = (what) => new ApiError(404, 'body', `${what} not found`);

module.exports = { ApiError, invalid, unauthorized, forbidden, notFound };
