// excerpt of LimarenkoDenis/typescript-node-koa-realworld-example-app@8517ce9c4b34:src/routes/index.ts
import * as Router from 'koa-router';

import { usersRoutes } from './users-router';

import { articleRoutes } from './articles-router';

import { profilesRoutes } from './profiles-router';

import { tagsRoutes } from './tags-router';

export const router: Router = new Router();

const api: Router = new Router();

router.use('/api', api.routes());
