'use strict';


const STATUS = { validation: 422, unauthorized: 401, forbidden: 403, not_found: 404 };

/** Maps the services' errors (and body-parser failures) onto the Conduit error envelope. */
function errorHandler(error, _req, res, _next) {
  if (error?.kind === 'validation') return res.status(422).json({ errors: error.errors });
  if (error?.kind && STATUS[error.kind]) return res.status(STATUS[error.kind]).json({ errors: { body: [error.message] } });
  if (error?.type === 'entity.parse.failed') return res.status(422).json({ errors: { body: ['malformed JSON'] } });
  console.error(error);
  return res.status(500).json({ errors: { body: ['internal server error'] } });
}

module.exports = { errorHandler };
