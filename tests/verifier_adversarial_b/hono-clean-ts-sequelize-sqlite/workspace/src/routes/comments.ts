import { Hono } from 'hono';
import { ForbiddenError, NotFoundError, type CommentService } from '../services/commentService';

export function commentRoutes(service: CommentService) {
  const app = new Hono<{ Variables: { userId: number } }>();
  app.get('/articles/:slug/comments', async (c) => c.json({ comments: await service.list(c.req.param('slug')) }));
  app.delete('/articles/:slug/comments/:id', async (c) => {
    try {
      await service.delete(Number(c.req.param('id')), c.get('userId'));
      return c.json({});
    } catch (e) {
      if (e instanceof NotFoundError) return c.json({ errors: { comment: ['not found'] } }, 404);
      if (e instanceof ForbiddenError) return c.json({ errors: { comment: ['forbidden'] } }, 403);
      throw e;
    }
  });
  return app;
}
