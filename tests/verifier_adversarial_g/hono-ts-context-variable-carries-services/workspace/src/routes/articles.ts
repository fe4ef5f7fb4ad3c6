import { Hono } from 'hono';
import type { AppEnv } from '../env.js';

export function articleRoutes(auth: any) {
  const app = new Hono<AppEnv>();

  app.get('/articles', auth.optional, async (c: any) => c.json(await c.get('services').articles.list(c.req.query(), c.get('userId'))));

  app.get('/articles/feed', auth.required, async (c: any) => c.json(await c.get('services').articles.feed(c.get('userId'), c.req.query())));

  app.post('/articles', auth.required, async (c: any) => {
    const body = await c.req.json();
    return c.json({ article: await c.get('services').articles.create(c.get('userId'), body?.article) }, 201);
  });

  app.get('/articles/:slug', auth.optional, async (c: any) =>
    c.json({ article: await c.get('services').articles.get(c.req.param('slug'), c.get('userId')) }),
  );

  app.put('/articles/:slug', auth.required, async (c: any) => {
    const body = await c.req.json();
    return c.json({ article: await c.get('services').articles.update(c.req.param('slug'), c.get('userId'), body?.article) });
  });

  app.delete('/articles/:slug', auth.required, async (c: any) => {
    await c.get('services').articles.remove(c.req.param('slug'), c.get('userId'));
    return c.json({});
  });

  app.post('/articles/:slug/favorite', auth.required, async (c: any) =>
    c.json({ article: await c.get('services').articles.favorite(c.req.param('slug'), c.get('userId')) }),
  );

  app.delete('/articles/:slug/favorite', auth.required, async (c: any) =>
    c.json({ article: await c.get('services').articles.unfavorite(c.req.param('slug'), c.get('userId')) }),
  );

  app.get('/tags', async (c: any) => c.json({ tags: await c.get('services').articles.tags() }));

  return app;
}
