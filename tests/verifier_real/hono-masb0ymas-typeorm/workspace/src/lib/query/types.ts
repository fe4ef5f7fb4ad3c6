// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:src/lib/query/types.ts
import { type DataSourceOptions, type ObjectLiteral, SelectQueryBuilder } from 'typeorm'

export type ApplyFilterParams<T extends ObjectLiteral> = {
  query: SelectQueryBuilder<T>
  filters: QueryFilters[] | string
  model: string
  options?: DataSourceOptions
}

export type ApplyPaginationParams<T extends ObjectLiteral> = {
  query: SelectQueryBuilder<T>
  offset: number
  limit: number
  options?: {
    maxLimit?: number
  }
}

export type ApplySortParams<T extends ObjectLiteral> = {
  query: SelectQueryBuilder<T>
  sorts: QuerySorts[]
  model: string
  orderKey?: string
}

export type QueryParams<T extends ObjectLiteral> = {
  model: string
  query: SelectQueryBuilder<T>
  reqQuery: RequestQuery
  options?: QueryOptions
}

export type QueryBuilderParams<T extends ObjectLiteral> = {
  params: QueryParams<T>
  options?: DataSourceOptions
}
