import type { Context } from 'hono';

const STATUS: Record<string, number> = { validation: 422, unauthorized: 401, forbidden: 403, not_found: 404 };

/** app.onError: the services' errors as Conduit error envelopes. */
export function onError(error: any, c: Context) {
  if (error.kind === 'validation') return c.json({ errors: error.errors }, 422);
  if (error.kind && STATUS[error.kind]) return c.json({ errors: { body: [error.message] } }, STATUS[error.kind] as any);
  if (error instanceof SyntaxError) return c.json({ errors: { body: ['malformed JSON'] } }, 422);
  console.error(error);
  return c.json({ errors: { body: ['internal server error'] } }, 500);
}
