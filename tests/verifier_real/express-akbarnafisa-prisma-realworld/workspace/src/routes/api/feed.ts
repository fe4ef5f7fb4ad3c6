// excerpt of https://github.com/akbarnafisa/realworld-express@5141f6b401bc:apps/server-express-prisma/src/routes/api/feed.ts
import { Router } from 'express';

import { authenticator } from '../../middleware/auth/authenticator';

import { articlesFeed } from '../../controller/articlesController';

const router = Router();

router.get('/', authenticator, articlesFeed);

export default router;
