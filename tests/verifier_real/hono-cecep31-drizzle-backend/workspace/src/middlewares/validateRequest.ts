// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/middlewares/validateRequest.ts
import { validator } from 'hono/validator';

import type { z } from 'zod';

import { Errors } from '../utils/error';

export function validateRequest(
  typereq: 'json' | 'query' | 'param' | 'cookie' | 'header' | 'form',
  schema: z.Schema<any>
) {
  return validator(typereq, (value) => {
    const parsed = schema.safeParse(value);

    if (!parsed.success) {
      const erros = parsed.error.issues.map((issue) => {
        return {
          message: issue.message,
          field: issue.path.join('.'),
        };
      });
      throw Errors.ValidationFailed(erros);
    }
    return parsed.data;
  });
}
