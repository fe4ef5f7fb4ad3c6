// excerpt of fastify/demo@1f50cc1dc6c2:src/plugins/external/under-pressure.ts
import { FastifyInstance } from 'fastify'

import fastifyUnderPressure from '@fastify/under-pressure'

import fp from 'fastify-plugin'

export const autoConfig = (fastify: FastifyInstance) => {
  return {
    maxEventLoopDelay: 1000,
    maxHeapUsedBytes: 100_000_000,
    maxRssBytes: 1_000_000_000,
    maxEventLoopUtilization: 0.98,
    message: 'The server is under pressure, retry later!',
    retryAfter: 50,
    healthCheck: async () => {
      try {
        await fastify.knex.raw('SELECT 1')
        return true
        /* c8 ignore start */
      } catch (err) {
        fastify.log.error(err, 'healthCheck has failed')
        throw new Error('Database connection is not available')
      }
      /* c8 ignore stop */
    },
    healthCheckInterval: 5000
  }
}

export default fp(fastifyUnderPressure, {
  dependencies: ['knex']
})
