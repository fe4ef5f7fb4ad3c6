// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/utils/db/user/userUnFollowProfilePrisma.ts
import prisma from '../prisma';

export default async function userUnFollowProfilePrisma(followUserId: number, currentUserId: number) {
  const res = await prisma.user.update({
    where: {
      id: followUserId,
    },
    data: {
      followedBy: {
        disconnect: {
          id: currentUserId,
        },
      },
    },
  });

  return res;
}
