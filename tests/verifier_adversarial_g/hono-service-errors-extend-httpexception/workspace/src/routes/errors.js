
const STATUS = { validation: 422, unauthorized: 401, forbidden: 403, not_found: 404 };

/** app.onError: the services' errors as Conduit error envelopes. */
export function onError(error, c) {
  if (error.kind === 'validation') return c.json({ errors: error.errors }, 422);
  if (error.kind && STATUS[error.kind]) return c.json({ errors: { body: [error.message] } }, STATUS[error.kind]);
  if (error instanceof SyntaxError) return c.json({ errors: { body: ['malformed JSON'] } }, 422);
  console.error(error);
  return c.json({ errors: { body: ['internal server error'] } }, 500);
}
