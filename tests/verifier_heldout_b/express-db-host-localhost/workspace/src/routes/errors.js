'use strict';
// Error middleware: AppError -> its status and body; malformed JSON -> 422 on "body".
const { AppError } = require('../services/errors.js');

function errorHandler(err, _req, res, _next) {
  if (err instanceof AppError) {
    if (err.retryAfter) res.set('Retry-After', String(err.retryAfter));
    return res.status(err.status).json(err.toBody());
  }
  if (err.type === 'entity.parse.failed') return res.status(422).json({ errors: { body: ['malformed JSON'] } });
  console.error(err);
  return res.status(500).json({ errors: { body: ['internal server error'] } });
}

module.exports = { errorHandler };
