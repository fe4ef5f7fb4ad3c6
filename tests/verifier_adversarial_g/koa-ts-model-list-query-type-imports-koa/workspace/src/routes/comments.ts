import Router from '@koa/router';
import type { CommentService } from '../services/comment.service.js';

export function commentRoutes(comments: CommentService, auth: any) {
  const router = new Router();

  router.get('/articles/:slug/comments', auth.optional, async (ctx: any) => {
    ctx.body = { comments: await comments.list(ctx.params.slug, ctx.state.userId) };
  });

  router.post('/articles/:slug/comments', auth.required, async (ctx: any) => {
    ctx.body = { comment: await comments.add(ctx.params.slug, ctx.state.userId, ctx.request.body?.comment) };
  });

  router.delete('/articles/:slug/comments/:id', auth.required, async (ctx: any) => {
    await comments.remove(ctx.params.slug, Number(ctx.params.id), ctx.state.userId);
    ctx.body = {};
  });

  return router;
}
