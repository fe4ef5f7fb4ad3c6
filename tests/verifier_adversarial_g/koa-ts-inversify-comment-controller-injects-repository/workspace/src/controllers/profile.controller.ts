import type { Context } from 'koa';
import { inject, injectable } from 'inversify';
import { TYPES } from '../ioc/types.js';
import type { ProfileService } from '../services/profile.service.js';

@injectable()
export class ProfileController {
  constructor(@inject(TYPES.ProfileService) private readonly profiles: ProfileService) {}

  show = async (ctx: Context) => {
    ctx.body = { profile: await this.profiles.get(ctx.params.username, ctx.state.userId) };
  };

  follow = async (ctx: Context) => {
    ctx.body = { profile: await this.profiles.follow(ctx.params.username, ctx.state.userId) };
  };

  unfollow = async (ctx: Context) => {
    ctx.body = { profile: await this.profiles.unfollow(ctx.params.username, ctx.state.userId) };
  };
}
