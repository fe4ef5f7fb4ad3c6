// excerpt of fastify/demo@1f50cc1dc6c2:src/schemas/auth.ts
import { Static, Type } from 'typebox'

import { EmailSchema, StringSchema } from './common.js'

export interface Credentials extends Static<typeof CredentialsSchema> {}
