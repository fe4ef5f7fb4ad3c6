import { Hono } from 'hono';
import { articleService, ServiceError } from '../services/articleService.js';

type Env = { Variables: { viewer: { id: number } | null } };

export const articles = new Hono<Env>();

articles.use('*', async (c, next) => {
  const header = c.req.header('Authorization') ?? '';
  c.set('viewer', await articleService.viewerFromToken(header.startsWith('Token ') ? header.slice(6) : undefined));
  await next();
});

articles.onError((err, c) => {
  const status = err instanceof ServiceError ? err.status : 500;
  return c.json({ errors: { body: [err.message] } }, status as 404 | 422 | 500);
});

articles.get('/articles', async (c) => {
  const q = c.req.query();
  const filters = { tag: q.tag, author: q.author, favorited: q.favorited, limit: Number(q.limit ?? 20), offset: Number(q.offset ?? 0) };
  return c.json(await articleService.list(filters, c.get('viewer')?.id));
});

articles.post('/articles', async (c) => {
  const viewer = c.get('viewer');
  if (!viewer) return c.json({ errors: { body: ['unauthorized'] } }, 401);
  const { article } = await c.req.json();
  return c.json({ article: await articleService.create(viewer.id, article) }, 201);
});

articles.get('/articles/:slug', async (c) =>
  c.json({ article: await articleService.get(c.req.param('slug'), c.get('viewer')?.id) }),
);

articles.get('/tags', async (c) => c.json({ tags: await articleService.tags() }));
