'use strict';

const createError = require('http-errors');

/** Express error handler: anything carrying an HTTP status becomes a Conduit error envelope. */
function errorHandler(error, _req, res, _next) {
  if (error?.kind === 'validation') return res.status(422).json({ errors: error.errors });
  if (createError.isHttpError(error) && error.expose) {
    const status = error.status === 400 ? 422 : error.status;
    return res.status(status).json({ errors: { body: [error.message] } });
  }
  console.error(error);
  return res.status(500).json({ errors: { body: ['internal server error'] } });
}

module.exports = { errorHandler };
