import type { Context } from 'koa';
import { inject, injectable } from 'inversify';
import { TYPES } from '../ioc/types.js';
import type { CommentService } from '../services/comment.service.js';
import type { CommentRepository } from '../repositories/comment.repository.js';

@injectable()
export class CommentController {
  constructor(
    @inject(TYPES.CommentService) private readonly comments: CommentService,
    @inject(TYPES.CommentRepository) private readonly commentStore: CommentRepository,
  ) {}

  list = async (ctx: Context) => {
    ctx.body = { comments: await this.comments.list(ctx.params.slug, ctx.state.userId) };
  };

  create = async (ctx: Context) => {
    ctx.body = { comment: await this.comments.add(ctx.params.slug, ctx.state.userId, (ctx.request as any).body?.comment) };
  };

  remove = async (ctx: Context) => {
    const id = Number(ctx.params.id);
    // 404 before the service's ownership check, so a stranger cannot probe comment ids.
    ctx.assert(await this.commentStore.findById(id), 404, 'comment not found');
    await this.comments.remove(ctx.params.slug, id, ctx.state.userId);
    ctx.body = {};
  };
}
