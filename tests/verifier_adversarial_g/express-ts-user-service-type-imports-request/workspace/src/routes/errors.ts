import type { Request, Response, NextFunction } from 'express';

const STATUS: Record<string, number> = { validation: 422, unauthorized: 401, forbidden: 403, not_found: 404 };

/** Maps the services' errors (and body-parser failures) onto the Conduit error envelope. */
export function errorHandler(error: any, _req: Request, res: Response, _next: NextFunction) {
  if (error?.kind === 'validation') return res.status(422).json({ errors: error.errors });
  if (error?.kind && STATUS[error.kind]) return res.status(STATUS[error.kind]).json({ errors: { body: [error.message] } });
  if (error?.type === 'entity.parse.failed') return res.status(422).json({ errors: { body: ['malformed JSON'] } });
  console.error(error);
  return res.status(500).json({ errors: { body: ['internal server error'] } });
}
