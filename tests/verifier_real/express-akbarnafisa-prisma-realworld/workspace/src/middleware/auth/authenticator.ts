// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/middleware/auth/authenticator.ts
import { NextFunction, Request, Response } from 'express';

import jwt from 'jsonwebtoken';

import * as dotenv from 'dotenv';

import { ResponseError, TokenPayload } from 'validator';

const secret = process.env.JWT_SECRET;

if (!secret) {
  throw new Error('JWT_SECRET missing in environment.');
}

export const authenticator = (req: Request, _: Response, next: NextFunction) => {
  const auth = req.headers.authorization;

  if (!auth || !auth.startsWith('Bearer ')) {
    next(new ResponseError(401, 'No authorization token was found'));
    return;
  }

  const token = auth.split('Bearer ')[1];

  const payload = verifyToken(token) as TokenPayload;

  if (!payload || !payload.id) {
    next(new Error('Invalid token'));
    return;
  }

  req.auth = payload;
  next();
};
