// excerpt of mowais-10p/koa-sequelize-ts-postgres-starter@8957be1475cf:src/route/index.ts
import { methodNotAllowed, notImplemented } from 'boom';

import * as compose from 'koa-compose';

import * as Router from 'koa-router';

import role from './role';

const router = new Router({
  prefix: '/',
});

const routes = router.routes();

const allowedMethods = router.allowedMethods({
  methodNotAllowed: () => methodNotAllowed(),
  notImplemented: () => notImplemented(),
  throw: true,
});
