'use strict';

const { HTTPException } = require('hono/http-exception');
const { AppError, ValidationError } = require('../models/errors');

const STATUS = { unauthorized: 401, forbidden: 403, not_found: 404 };

/** app.onError: domain errors and Hono's own HTTPExceptions as Conduit error envelopes. */
function onError(error, c) {
  if (error instanceof ValidationError) return c.json({ errors: error.errors }, 422);
  if (error instanceof AppError) return c.json({ errors: { body: [error.message] } }, STATUS[error.kind] ?? 400);
  if (error instanceof HTTPException) return c.json({ errors: { body: [error.message] } }, error.status);
  if (error instanceof SyntaxError) return c.json({ errors: { body: ['malformed JSON'] } }, 422);
  console.error(error);
  return c.json({ errors: { body: ['internal server error'] } }, 500);
}

module.exports = { onError };
