/** Small helpers with no dependencies, shared across the application. */
export const DEFAULT_LIMIT = 20;

export function pageOf(query = {}) {
  const limit = Number.parseInt(query.limit ?? DEFAULT_LIMIT, 10);
  const offset = Number.parseInt(query.offset ?? 0, 10);
  return {
    limit: Number.isFinite(limit) && limit > 0 ? Math.min(limit, 100) : DEFAULT_LIMIT,
    offset: Number.isFinite(offset) && offset > 0 ? offset : 0,
  };
}

export function isoDate(value) {
  return new Date(value).toISOString();
}
