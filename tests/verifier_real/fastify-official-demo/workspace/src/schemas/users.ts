// excerpt of fastify/demo@1f50cc1dc6c2:src/schemas/users.ts
import { Type } from 'typebox'
