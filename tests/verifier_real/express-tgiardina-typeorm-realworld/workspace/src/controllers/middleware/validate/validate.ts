// excerpt of tgiardina/typescript-typeorm-realworld-example-app@5b92a1762fdc:src/controllers/middleware/validate/validate.ts
import { NextFunction, Request, Response } from 'express';

import { validationResult } from 'express-validator';

import { HttpValidationError } from '../../errors';

export function validate(
  req: Request,
  _res: Response,
  next: NextFunction,
): void {
  const errors = validationResult(req);
  if (errors.isEmpty()) {
    next();
  } else {
    const httpError = new HttpValidationError();
    for (const error of errors.array()) {
      const value = req[<string>error.location][error.param];
      httpError.append(
        `"${error.param}: ${value}" throws ${error.msg.toLowerCase()}`,
      );
    }
    throw httpError;
  }
}
