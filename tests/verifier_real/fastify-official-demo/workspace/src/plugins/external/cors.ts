// excerpt of fastify/demo@1f50cc1dc6c2:src/plugins/external/cors.ts
import cors, { FastifyCorsOptions } from '@fastify/cors'
