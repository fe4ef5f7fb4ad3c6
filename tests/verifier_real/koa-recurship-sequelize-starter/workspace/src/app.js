// excerpt of https://github.com/recurship/api-koa-sequelize-starter@ab2d15e42b83:src/app.js
import Koa from 'koa';

import koaRouter from 'koa-router';

import bodyParser from 'koa-body';

import koaConvert from 'koa-convert';

import helmet from 'koa-helmet';

import winston from 'winston';

import { errorResponder } from './middleware/error-responder';

import { REQUEST_LOGS } from './project-env';

import { rootRouter } from './routes/root.routes';

import { healthCheckRouter } from './routes/health-check/health-check.routes';

import { demoRouter } from './routes/demo/demo.routes';

const api = koaRouter()
  .get('/', rootRouter.routes())
  .use('/health', healthCheckRouter.routes())
  .use('/demo', demoRouter.routes());

if (REQUEST_LOGS) {
  app.use(require('koa-morgan')('combined'));
}

const PORT = process.env.PORT || 3000;

if (require.main === module) {
  winston.info(`Starting server on port ${PORT}`);
  app.listen(PORT);
}
