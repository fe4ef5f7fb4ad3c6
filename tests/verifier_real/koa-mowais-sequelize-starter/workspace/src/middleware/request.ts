// excerpt of mowais-10p/koa-sequelize-ts-postgres-starter@8957be1475cf:src/middleware/request.ts
import { Context } from 'koa';

import * as compose from 'koa-compose';
