/**
 * Query-string helpers for list endpoints (GET /articles, GET /articles/feed).
 */
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export function parsePagination(query = {}) {
  const limit = Number.parseInt(query.limit ?? DEFAULT_LIMIT, 10);
  const offset = Number.parseInt(query.offset ?? 0, 10);
  return {
    limit: Number.isFinite(limit) && limit > 0 ? Math.min(limit, MAX_LIMIT) : DEFAULT_LIMIT,
    offset: Number.isFinite(offset) && offset > 0 ? offset : 0,
  };
}

export function listFilters(query = {}) {
  const filters = {};
  for (const key of ['tag', 'author', 'favorited']) {
    if (typeof query[key] === 'string' && query[key] !== '') filters[key] = query[key];
  }
  return filters;
}
