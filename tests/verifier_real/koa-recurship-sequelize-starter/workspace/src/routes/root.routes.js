// excerpt of https://github.com/recurship/api-koa-sequelize-starter@ab2d15e42b83:src/routes/root.routes.js
import koaRouter from 'koa-router';

import { root } from './root.controller';

export const rootRouter = koaRouter()
  .get('/', root);
