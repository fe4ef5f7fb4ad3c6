import Router from '@koa/router';

export function commentRoutes(comments, auth) {
  const router = new Router();

  router.get('/articles/:slug/comments', auth.optional, async (ctx) => {
    ctx.body = { comments: await comments.list(ctx.params.slug, ctx.state.userId) };
  });

  router.post('/articles/:slug/comments', auth.required, async (ctx) => {
    ctx.body = { comment: await comments.add(ctx.params.slug, ctx.state.userId, ctx.request.body?.comment) };
  });

  router.delete('/articles/:slug/comments/:id', auth.required, async (ctx) => {
    const id = Number(ctx.params.id);
    const existing = await ctx.repos.comments.findById(id);
    ctx.assert(existing, 404, 'comment not found');
    await comments.remove(ctx.params.slug, id, ctx.state.userId);
    ctx.body = {};
  });

  return router;
}
