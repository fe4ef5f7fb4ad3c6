// excerpt of fastify/demo@1f50cc1dc6c2:src/plugins/external/rate-limit.ts
import fastifyRateLimit from '@fastify/rate-limit'

import { FastifyInstance } from 'fastify'
