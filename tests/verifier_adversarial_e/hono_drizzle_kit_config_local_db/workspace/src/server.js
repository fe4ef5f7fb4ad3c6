import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { db, runMigrations } from './db.js';
import { articles } from './schema.js';

runMigrations();

const app = new Hono().basePath('/api');
app.get('/articles', async (c) => {
  const rows = await db.select().from(articles);
  return c.json({ articles: rows, articlesCount: rows.length });
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) });
