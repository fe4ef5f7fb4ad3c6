// excerpt of https://github.com/recurship/api-koa-sequelize-starter@ab2d15e42b83:src/routes/demo/demo.routes.js
import koaRouter from 'koa-router';

import * as controller from './demo.controller';

import { validateParams } from '../../middleware/validate-params';

export const demoRouter = koaRouter()
  .get('/', controller.get)
  .post('/', validateParams(['request', 'body'], ['name']), controller.post)
  .get('/:id', validateParams(['params'], ['id'], match(/^[0-9]*$/)), controller.getById)
  .delete('/:id', validateParams(['params'], ['id'], match(/^[0-9]*$/)), controller.del)
  .put('/:id', validateParams(['params'], ['id'], match(/^[0-9]*$/)), controller.put);
