// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/controller/users/usersRegister.ts
import type { RequestHandler } from 'express';

import {
  validate,
  usersRegisterInputSchema,
  UserRegisterInputType,
  userViewer,
  responseFormat,
} from 'validator';

import userCreatePrisma from '../../utils/db/user/userCreatePrisma';

import { hashPassword } from '../../utils/hashPassword';

import createUserToken from '../../utils/createUserToken';
