// excerpt of gothinkster/node-express-realworld-example-app@30b68e1e8814:src/app/routes/tag/tag.controller.ts
import { NextFunction, Request, Response, Router } from 'express';

import auth from '../auth/auth';

import getTags from './tag.service';

const router = Router();

router.get('/tags', auth.optional, async (req: Request, res: Response, next: NextFunction) => {
  try {
    const tags = await getTags(req.auth?.user?.id);
    res.json({ tags });
  } catch (error) {
    next(error);
  }
});

export default router;
