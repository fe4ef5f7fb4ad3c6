import type { ParameterizedContext } from 'koa';

/** Query string of GET /articles and GET /articles/feed, as the router hands it over. */
export type ArticleListQuery = ParameterizedContext['query'] & {
  tag?: string;
  author?: string;
  favorited?: string;
  limit?: string;
  offset?: string;
};

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

/** limit/offset of a list request, clamped to sane values. */
export function pageOf(query: ArticleListQuery) {
  const limit = Number.parseInt(String(query.limit ?? DEFAULT_LIMIT), 10);
  const offset = Number.parseInt(String(query.offset ?? 0), 10);
  return {
    limit: Number.isFinite(limit) && limit > 0 ? Math.min(limit, MAX_LIMIT) : DEFAULT_LIMIT,
    offset: Number.isFinite(offset) && offset > 0 ? offset : 0,
  };
}
