import { Hono } from 'hono';
import { z } from 'zod';
import { CommentNotFound, NotCommentAuthor, type CommentService } from '../services/comment-service';

const NewComment = z.object({ comment: z.object({ body: z.string().trim().min(1).max(5000) }) });

export function commentRoutes(service: CommentService, currentUser: (auth?: string) => string | null) {
  const app = new Hono();
  app.get('/articles/:slug/comments', async (c) => c.json({ comments: await service.list(c.req.param('slug')) }));
  app.post('/articles/:slug/comments', async (c) => {
    const user = currentUser(c.req.header('Authorization'));
    if (!user) return c.json({ errors: { body: ['unauthorized'] } }, 401);
    const parsed = NewComment.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return c.json({ errors: { body: ["can't be blank"] } }, 422);
    return c.json({ comment: await service.add(c.req.param('slug'), user, parsed.data.comment.body) });
  });
  app.delete('/articles/:slug/comments/:id', async (c) => {
    const user = currentUser(c.req.header('Authorization'));
    if (!user) return c.json({ errors: { body: ['unauthorized'] } }, 401);
    try {
      await service.remove(Number(c.req.param('id')), user);
      return c.json({});
    } catch (e) {
      if (e instanceof CommentNotFound) return c.json({ errors: { body: ['comment not found'] } }, 404);
      if (e instanceof NotCommentAuthor) return c.json({ errors: { body: ['forbidden'] } }, 403);
      throw e;
    }
  });
  return app;
}
