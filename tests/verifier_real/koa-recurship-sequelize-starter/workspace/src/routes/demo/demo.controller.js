// excerpt of https://github.com/recurship/api-koa-sequelize-starter@ab2d15e42b83:src/routes/demo/demo.controller.js
import Demo from './demo.model';

import winston from 'winston';

export async function get(ctx) {
  const demos = await Demo.findAll({});
  ctx.body = demos;
}
