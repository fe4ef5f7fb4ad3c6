// excerpt of gothinkster/node-express-realworld-example-app@30b68e1e8814:src/prisma/seed.ts
import {
  randEmail,
  randFullName,
  randLines,
  randParagraph,
  randPassword, randPhrase,
  randWord
} from '@ngneat/falso';

import { PrismaClient } from '@prisma/client';

import { RegisteredUser } from '../app/routes/auth/registered-user.model';

import { createUser } from '../app/routes/auth/auth.service';

import { addComment, createArticle } from '../app/routes/article/article.service';

const prisma = new PrismaClient();

main()
  .then(async () => {
    await prisma.$disconnect();
  })
  .catch(async () => {
    await prisma.$disconnect();
    process.exit(1);
  });
