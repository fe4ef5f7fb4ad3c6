// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/utils/db/user/userGetPrisma.ts
import prisma from '../prisma';

const userGetPrisma = async (id: number) => {
  if (!id) {
    return null;
  }

  return await prisma.user.findUnique({
    where: {
      id,
    },
  });
};
