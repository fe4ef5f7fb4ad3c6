// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/utils/db/article/articleDeletePrisma.ts
import prisma from '../prisma';

export default async function articleDeletePrisma(slug: string) {
  const res = await prisma.article.delete({
    where: { slug },
  });

  return res;
}
