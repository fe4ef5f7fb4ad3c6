// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/utils/db/user/userCreatePrisma.ts
import { UserRegisterInputType } from 'validator';

import prisma from '../prisma';

const userCreatePrisma = async ({ username, email, password }: UserRegisterInputType) => {
  return await prisma.user.create({
    data: {
      username,
      email,
      password,
    },
  });
};
