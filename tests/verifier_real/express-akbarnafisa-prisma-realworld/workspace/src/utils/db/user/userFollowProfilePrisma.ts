// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/utils/db/user/userFollowProfilePrisma.ts
import prisma from '../prisma';

export default async function userFollowProfilePrisma(followUserId: number, currentUserId: number) {
  const res = await prisma.user.update({
    where: {
      id: followUserId,
    },
    data: {
      followedBy: {
        connect: {
          id: currentUserId
        },
      },
    },
  });

  return res;
}
