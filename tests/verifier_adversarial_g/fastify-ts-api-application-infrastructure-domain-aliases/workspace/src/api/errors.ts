import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

const STATUS: Record<string, number> = { validation: 422, unauthorized: 401, forbidden: 403, not_found: 404 };

export function errorHandler(error: any, _request: FastifyRequest, reply: FastifyReply) {
  if (error.kind === 'validation') return reply.code(422).send({ errors: error.errors });
  if (error.kind && STATUS[error.kind]) return reply.code(STATUS[error.kind]).send({ errors: { body: [error.message] } });
  if (error.statusCode && error.statusCode < 500) {
    return reply.code(error.statusCode === 400 ? 422 : error.statusCode).send({ errors: { body: [error.message] } });
  }
  reply.log.error(error);
  return reply.code(500).send({ errors: { body: ['internal server error'] } });
}
