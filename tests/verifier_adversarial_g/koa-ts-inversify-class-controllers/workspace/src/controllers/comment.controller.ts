import type { Context } from 'koa';
import { inject, injectable } from 'inversify';
import { TYPES } from '../ioc/types.js';
import type { CommentService } from '../services/comment-service.js';

@injectable()
export class CommentController {
  constructor(@inject(TYPES.CommentService) private readonly comments: CommentService) {}

  list = async (ctx: Context) => {
    ctx.body = { comments: await this.comments.list(ctx.params.slug, ctx.state.userId) };
  };

  create = async (ctx: Context) => {
    ctx.body = { comment: await this.comments.add(ctx.params.slug, ctx.state.userId, (ctx.request as any).body?.comment) };
  };

  remove = async (ctx: Context) => {
    await this.comments.remove(ctx.params.slug, Number(ctx.params.id), ctx.state.userId);
    ctx.body = {};
  };
}
