// excerpt of https://github.com/recurship/api-koa-sequelize-starter@ab2d15e42b83:src/middleware/validate-params.js
import winston from 'winston';

import R from 'ramda';
