// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:src/lib/query/pagination.ts
import { type ObjectLiteral } from 'typeorm'

import { validate } from '../validate'

import type { ApplyPaginationParams, CalculateLimitParams } from './types'

export function applyPagination<T extends ObjectLiteral>({
  query,
  offset,
  limit,
  options,
}: ApplyPaginationParams<T>) {
  const parseOffset = validate.number(offset) || 0
  let parseLimit = _calculateLimit({ limit, maxLimit: options?.maxLimit ?? 100 })

  if (parseLimit <= 0) {
    parseLimit = 10
  }

  query.skip(parseOffset)
  query.take(parseLimit)
}
