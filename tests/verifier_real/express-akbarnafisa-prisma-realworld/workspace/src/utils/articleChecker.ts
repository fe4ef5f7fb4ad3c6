// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/utils/articleChecker.ts
import { ResponseError, TokenPayload } from 'validator';

import prisma from './db/prisma';

import { Prisma } from '@prisma/client';

export const checkArticle = async (slug: string) => {
  const data = await prisma.article.findUnique({
    where: {
      slug,
    },
    include: {
      tags: true,
    },
  });

  if (!data) {
    throw new ResponseError(404, 'Article not found!');
  }

  return data;
};

export const checkArticleOwner = (currentUserId: number, authorId: number) => {
  if (currentUserId !== authorId) {
    throw new ResponseError(401, 'User unauthorized!');
  }
};
