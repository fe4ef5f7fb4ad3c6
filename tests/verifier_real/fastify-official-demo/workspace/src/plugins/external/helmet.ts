// excerpt of fastify/demo@1f50cc1dc6c2:src/plugins/external/helmet.ts
import helmet from '@fastify/helmet'
