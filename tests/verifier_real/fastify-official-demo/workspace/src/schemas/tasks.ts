// excerpt of fastify/demo@1f50cc1dc6c2:src/schemas/tasks.ts
import { Static, Type } from 'typebox'

import { DateTimeSchema, IdSchema, StringSchema } from './common.js'

export interface Task extends Static<typeof TaskSchema> {
  filename?: string | null
}
