// excerpt of LimarenkoDenis/typescript-node-koa-realworld-example-app@8517ce9c4b34:src/routes/tags-router.ts
import * as Router from 'koa-router';

import { tags } from './../controllers/tags-controller';

const router: Router = new Router();

router.get('/tags', tags.get);

export const tagsRoutes: Router.IMiddleware = router.routes();
