// excerpt of fastify/demo@1f50cc1dc6c2:src/plugins/external/swagger.ts
import fp from 'fastify-plugin'

import fastifySwaggerUi from '@fastify/swagger-ui'

import fastifySwagger from '@fastify/swagger'
