import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { db } from './lib/db';

const app = new Hono();
app.get('/api/tags', (c) => {
  const rows = db.prepare('SELECT DISTINCT tag FROM article_tags ORDER BY tag').all() as { tag: string }[];
  return c.json({ tags: rows.map((r) => r.tag) });
});

serve({ fetch: app.fetch, port: Number(process.env.PORT) || 3000 });
