// excerpt of fastify/demo@1f50cc1dc6c2:src/plugins/external/sensible.ts
import sensible from '@fastify/sensible'
