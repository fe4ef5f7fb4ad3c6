// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/lib/getter-object.ts
import _ from 'lodash'

export default function getterObject<TObject extends object, TKey extends keyof TObject, TDefault>(
  object: TObject | null | undefined,
  path?: TKey | [TKey] | string,
  defaultValue?: TDefault
): TObject | null | undefined {
  if (_.isNil(path) || path === '') {
    return object
  }

  return _.get(object, path, defaultValue)
}
