// excerpt of mowais-10p/koa-sequelize-ts-postgres-starter@8957be1475cf:src/controller/role.ts
import { Context } from 'koa';

import * as roleService from '../service/role';

export const get = async (ctx: Context) => {
  const dbRoles = await roleService.getAllRoles();
  ctx.body = { roles: dbRoles, time: Date.now() };
};
