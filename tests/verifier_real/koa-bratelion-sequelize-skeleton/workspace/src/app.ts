// excerpt of https://github.com/Bratelion/koa-sequelize-skeleton@ac4c439650b4:src/app.ts
import Koa from 'koa';

import koaBodyParser from 'koa-bodyparser';

import { healthRouter } from './routers/health';

app.use(koaBodyParser());

app.use(healthRouter.routes());
