import { Hono } from 'hono';
import { articleBody } from '../models/schemas.js';
import { validJson } from './validation.js';
import type { ArticleService } from '../services/article-service.js';

export function articleRoutes(articles: ArticleService, auth: any) {
  const app = new Hono();

  app.get('/articles', auth.optional, async (c: any) => c.json(await articles.list(c.req.query(), c.get('userId'))));

  app.get('/articles/feed', auth.required, async (c: any) => c.json(await articles.feed(c.get('userId'), c.req.query())));

  app.post('/articles', auth.required, validJson(articleBody), async (c: any) => {
    const { article } = c.req.valid('json');
    return c.json({ article: await articles.create(c.get('userId'), article) }, 201);
  });

  app.get('/articles/:slug', auth.optional, async (c: any) =>
    c.json({ article: await articles.get(c.req.param('slug'), c.get('userId')) }),
  );

  app.put('/articles/:slug', auth.required, async (c: any) => {
    const body = await c.req.json();
    return c.json({ article: await articles.update(c.req.param('slug'), c.get('userId'), body?.article) });
  });

  app.delete('/articles/:slug', auth.required, async (c: any) => {
    await articles.remove(c.req.param('slug'), c.get('userId'));
    return c.json({});
  });

  app.post('/articles/:slug/favorite', auth.required, async (c: any) =>
    c.json({ article: await articles.favorite(c.req.param('slug'), c.get('userId')) }),
  );

  app.delete('/articles/:slug/favorite', auth.required, async (c: any) =>
    c.json({ article: await articles.unfavorite(c.req.param('slug'), c.get('userId')) }),
  );

  app.get('/tags', async (c) => c.json({ tags: await articles.tags() }));

  return app;
}
