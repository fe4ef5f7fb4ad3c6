// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/lib/query-builder/sqlize-query.ts
import { DataTypes, Includeable, IncludeOptions, Model } from 'sequelize'

import { QueryHelper } from './query-helper'

import { TransformHelper } from './transform-helper'

export function transfromIncludeToQueryable(
  includes: Includeable[],
  onBuildInclude?: TOnBuildInclude
): TCustomIncludeOptions[] {
  const result: TCustomIncludeOptions[] = []
  const _onBuildInclude = onBuildInclude ?? ((value: TCustomIncludeOptions) => value)

  function processIncludes(includes: Includeable[], parent?: IncludeOptions): void {
    for (const include of includes) {
      const customInclude = include as TCustomIncludeOptions
      const { model, key, include: nestedIncludes, ...restInclude } = customInclude

      const isTypeModel = typeof Model === typeof include
      const curModel = (isTypeModel ? include : model) as typeof Model
      const defaultName = curModel.options.name?.singular

      const processedInclude = _onBuildInclude({
        ...(isTypeModel ? {} : restInclude),
        key: key ?? defaultName,
        model: curModel,
      } as unknown as TCustomIncludeOptions)

      if (parent) {
        parent.include = parent.include ?? []
        parent.include.push(processedInclude)
      } else {
        result.push(processedInclude)
      }

      if (nestedIncludes) {
        processIncludes(nestedIncludes, processedInclude)
      }
    }
  }

  processIncludes(includes)
  return result
}

export default class SqlizeQuery {
  private readonly _valueParsers: TValueParser[] = []
  private readonly _transformBuilds: TTransformBuild[] = []
  private readonly _queryBuilders: TQueryBuilder[] = []

  /**
   * Add a value parser function
   */
  public addValueParser(fn: TValueParser): void {
    this._valueParsers.push(fn)
  }

  /**
   * Add a query builder function
   */
  public addQueryBuilder(fn: TQueryBuilder): void {
    this._queryBuilders.push(fn)
  }

  /**
   * Add a transform build function
   */
  public addTransformBuild(fn: TTransformBuild): void {
    this._transformBuilds.push(fn)
  }

  /**
   * Build the query by applying parsers, builders and transforms
   * @param value - Input value to process
   * @returns Processed query result
   */
  public build(value: any): any {
    // Apply all value parsers
    let parsedValue = value
    for (const parser of this._valueParsers) {
      parsedValue = parser(parsedValue)
    }

    // Apply query builders
    const queryHelper = new QueryHelper(Array.isArray(parsedValue) ? parsedValue : [])
    const valueArray = Array.isArray(parsedValue) && parsedValue.length ? parsedValue : [undefined]

    for (const item of valueArray) {
      for (const builder of this._queryBuilders) {
        builder(item, queryHelper)
      }
    }

    // Apply transform builds
    const result = queryHelper.getQuery()
    const transformHelper = new TransformHelper(result)

    for (const transform of this._transformBuilds) {
      transform(result, transformHelper)
    }

    return transformHelper.getValue()
  }
}
