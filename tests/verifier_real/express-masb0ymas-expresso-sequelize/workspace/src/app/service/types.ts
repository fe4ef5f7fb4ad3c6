// excerpt of https://github.com/masb0ymas/expresso-sequelize@bf08321bb562:src/app/service/types.ts
import { Model, ModelStatic } from 'sequelize'

import { z } from 'zod'

export type BaseServiceParams<T extends Model> = {
  repository: ModelStatic<T>
  schema: z.ZodType<any>
  model: string
}

export type DtoFindAll<T extends Model> = {
  data: T[]
  total: number
}
