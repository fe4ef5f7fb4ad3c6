import { Hono } from 'hono';

export function commentRoutes(comments, auth) {
  const app = new Hono();

  app.get('/articles/:slug/comments', auth.optional, async (c) =>
    c.json({ comments: await comments.list(c.req.param('slug'), c.get('userId')) }),
  );

  app.post('/articles/:slug/comments', auth.required, async (c) => {
    const body = await c.req.json();
    return c.json({ comment: await comments.add(c.req.param('slug'), c.get('userId'), body?.comment) });
  });

  app.delete('/articles/:slug/comments/:id', auth.required, async (c) => {
    await comments.remove(c.req.param('slug'), Number(c.req.param('id')), c.get('userId'));
    return c.json({});
  });

  return app;
}
