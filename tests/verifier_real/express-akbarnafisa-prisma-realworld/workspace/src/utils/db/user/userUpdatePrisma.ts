// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/utils/db/user/userUpdatePrisma.ts
import { UserUpdateInputType } from 'validator';

import prisma from '../prisma';

interface PayloadType extends UserUpdateInputType {
  password?: string;
}

const userUpdatePrisma = async (payload: PayloadType, id: number) => {
  return await prisma.user.update({
    where: {
      id,
    },
    data: {
      ...payload,
    },
  });
};
