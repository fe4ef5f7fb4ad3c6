'use strict';
// Application errors; the HTTP layer turns each into its status and the error contract body.
class AppError extends Error {
  constructor(status, fields) {
    super(Object.values(fields).flat().join('; '));
    this.status = status;
    this.fields = fields;
  }
  toBody() { return { errors: this.fields }; }
}

const invalid = (fields) => new AppError(422, fields);
const unauthorized = (message = 'missing or invalid token') => new AppError(401, { body: [message] });
const forbidden = (message = 'not allowed') => new AppError(403, { body: [message] });
const notFound = (what = 'resource') => new AppError(404, { body: [`${what} not found`] });
const conflict = (fields) => new AppError(409, fields);

class TooManyAttempts extends AppError {
  constructor(retryAfter) {
    super(429, { body: ['too many login attempts'] });
    this.retryAfter = retryAfter;
  }
}

module.exports = { AppError, TooManyAttempts, invalid, unauthorized, forbidden, notFound, conflict };
