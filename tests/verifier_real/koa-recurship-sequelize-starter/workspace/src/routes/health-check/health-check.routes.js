// excerpt of https://github.com/recurship/api-koa-sequelize-starter@ab2d15e42b83:src/routes/health-check/health-check.routes.js
import koaRouter from 'koa-router';

import { shallow, deep } from './health-check.controller';

export const healthCheckRouter = koaRouter()
  .get('/shallow', shallow)
  .get('/deep', deep);
