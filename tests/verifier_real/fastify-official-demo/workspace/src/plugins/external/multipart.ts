// excerpt of fastify/demo@1f50cc1dc6c2:src/plugins/external/multipart.ts
import fastifyMultipart from '@fastify/multipart'
