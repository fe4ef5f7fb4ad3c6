// excerpt of fastify/demo@1f50cc1dc6c2:src/plugins/app/authorization.ts
import fp from 'fastify-plugin'

import { FastifyReply, FastifyRequest } from 'fastify'

function verifyAccess (this: FastifyRequest, reply: FastifyReply, role: string) {
  if (!this.session.user.roles.includes(role)) {
    reply.status(403).send('You are not authorized to access this resource.')
  }
}
