import { Hono } from 'hono';
import type { AppEnv } from '../env.js';

export function commentRoutes(auth: any) {
  const app = new Hono<AppEnv>();

  app.get('/articles/:slug/comments', auth.optional, async (c: any) =>
    c.json({ comments: await c.get('services').comments.list(c.req.param('slug'), c.get('userId')) }),
  );

  app.post('/articles/:slug/comments', auth.required, async (c: any) => {
    const body = await c.req.json();
    return c.json({ comment: await c.get('services').comments.add(c.req.param('slug'), c.get('userId'), body?.comment) });
  });

  app.delete('/articles/:slug/comments/:id', auth.required, async (c: any) => {
    await c.get('services').comments.remove(c.req.param('slug'), Number(c.req.param('id')), c.get('userId'));
    return c.json({});
  });

  return app;
}
