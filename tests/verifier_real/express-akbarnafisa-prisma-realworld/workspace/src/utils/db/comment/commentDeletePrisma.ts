// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/utils/db/comment/commentDeletePrisma.ts
import prisma from '../prisma';

export default async function commentDeletePrisma(id: number) {
  return await prisma.comment.delete({
    where: { id },
  });
}
