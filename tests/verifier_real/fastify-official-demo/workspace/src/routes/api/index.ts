// excerpt of fastify/demo@1f50cc1dc6c2:src/routes/api/index.ts
import { FastifyInstance } from 'fastify'

export default async function (fastify: FastifyInstance) {
  fastify.get('/', ({ session, protocol, hostname }) => {
    return {
      message:
        `Hello ${session.user.username}! See documentation at ${protocol}://${hostname}/documentation`
    }
  })
}
