// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/utils/db/comment/commentCreatePrisma.ts
import { Article } from '@prisma/client';

import prisma from '../prisma';

import { TokenPayload } from 'validator';

export default async function commentCreatePrisma(body: string, article: Article, auth: TokenPayload) {
  return await prisma.comment.create({
    data: { body, articleId: article.id, authorId: auth.id },
    include: {
      author: {
        select: {
          username: true,
          image: true,
        },
      },
    },
  });
}
