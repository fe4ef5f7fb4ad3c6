// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:src/types/repository.ts
import type { ObjectLiteral, Repository } from 'typeorm'

import type { QueryFilters, QuerySorts } from '~/lib/query/types'

export type BaseServiceParams<T extends ObjectLiteral> = {
  repository: Repository<T>
  model: string
}

export type DtoFindAll<T extends ObjectLiteral> = {
  data: T[]
  total: number
}
