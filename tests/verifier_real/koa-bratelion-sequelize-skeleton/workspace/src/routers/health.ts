// excerpt of https://github.com/Bratelion/koa-sequelize-skeleton@ac4c439650b4:src/routers/health.ts
import Router from '@koa/router';

import { Context } from 'koa';

import { healthCheck } from '../controllers/health';

const healthRouter = new Router();

healthRouter.get('/health', (ctx: Context) => healthCheck(ctx));

export { healthRouter };
