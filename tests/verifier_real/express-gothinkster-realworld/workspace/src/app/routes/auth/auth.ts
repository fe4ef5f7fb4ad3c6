// excerpt of gothinkster/node-express-realworld-example-app@30b68e1e8814:src/app/routes/auth/auth.ts
import { expressjwt as jwt } from 'express-jwt';

import * as express from 'express';

const auth = {
  required: jwt({
    secret: process.env.JWT_SECRET || 'superSecret',
    getToken: getTokenFromHeaders,
    algorithms: ['HS256'],
  }),
  optional: jwt({
    secret: process.env.JWT_SECRET || 'superSecret',
    credentialsRequired: false,
    getToken: getTokenFromHeaders,
    algorithms: ['HS256'],
  }),
};
