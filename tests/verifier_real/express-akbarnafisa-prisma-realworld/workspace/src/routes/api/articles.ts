// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/routes/api/articles.ts
import { Router } from 'express';

import { optionalAuthenticator } from '../../middleware/auth/authenticator';

import { articlesList } from '../../controller/articlesController';

const router = Router();

router.get('/', optionalAuthenticator, articlesList);

export default router;
