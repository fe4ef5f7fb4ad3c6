import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { Hono } from 'hono';
import { serve } from '@hono/node-server';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 8 });
await pool.query(await readFile(new URL('../sql/schema.sql', import.meta.url), 'utf8'));

const app = new Hono();
app.get('/api/articles/:slug/comments', async (c) => {
  const { rows } = await pool.query('SELECT c.id, c.body FROM comments c JOIN articles a ON a.id = c.article_id WHERE a.slug = $1', [c.req.param('slug')]);
  return c.json({ comments: rows });
});

serve({ fetch: app.fetch, port: Number(process.env.PORT || 3000) });
