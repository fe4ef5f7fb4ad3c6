// excerpt of hmake98/fastify-typescript@3e195bf8ed9b:src/helpers/validation.helper.ts
import Joi from 'joi';

import { FastifyReply, FastifyRequest } from 'fastify';

export const validateSchema = (schema: Joi.ObjectSchema) => {
  return (
    request: FastifyRequest,
    reply: FastifyReply,
    done: (err?: Error) => void,
  ) => {
    try {
      const { error } = schema.validate(request.body);
      if (error) {
        throw error;
      }
      done();
    } catch (error) {
      done(error);
    }
  };
};
