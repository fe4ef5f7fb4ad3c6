// excerpt of fastify/demo@1f50cc1dc6c2:src/routes/home.ts
import {
  FastifyPluginAsyncTypebox,
  Type
} from '@fastify/type-provider-typebox'
