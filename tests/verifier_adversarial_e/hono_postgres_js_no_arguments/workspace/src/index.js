import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { fileURLToPath } from 'node:url';
import { sql } from './sql.js';

await sql.file(fileURLToPath(new URL('../db/schema.sql', import.meta.url)));

const app = new Hono();
app.get('/api/articles/:slug', async (c) => {
  const [article] = await sql`select slug, title, description, body from articles where slug = ${c.req.param('slug')}`;
  return article ? c.json({ article }) : c.json({ errors: { article: ['not found'] } }, 404);
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) });
