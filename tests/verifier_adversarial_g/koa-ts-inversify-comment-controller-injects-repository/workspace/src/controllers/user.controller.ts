import type { Context } from 'koa';
import { inject, injectable } from 'inversify';
import { TYPES } from '../ioc/types.js';
import type { UserService } from '../services/user.service.js';

@injectable()
export class UserController {
  constructor(@inject(TYPES.UserService) private readonly users: UserService) {}

  register = async (ctx: Context) => {
    ctx.status = 201;
    ctx.body = { user: await this.users.register((ctx.request as any).body?.user) };
  };

  login = async (ctx: Context) => {
    ctx.body = { user: await this.users.login((ctx.request as any).body?.user) };
  };

  current = async (ctx: Context) => {
    ctx.body = { user: await this.users.current(ctx.state.userId) };
  };

  update = async (ctx: Context) => {
    ctx.body = { user: await this.users.update(ctx.state.userId, (ctx.request as any).body?.user) };
  };
}
