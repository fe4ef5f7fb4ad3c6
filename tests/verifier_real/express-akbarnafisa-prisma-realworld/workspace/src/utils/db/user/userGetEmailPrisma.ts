// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/utils/db/user/userGetEmailPrisma.ts
import { TokenPayload, UserLoginInputType } from 'validator';

import prisma from '../prisma';

const userGetEmailPrisma = async (user: UserLoginInputType | TokenPayload) => {
  return await prisma.user.findUnique({
    where: {
      email: user.email,
    },
  });
};
