import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { migrate, sql } from './db';

const app = new Hono();
app.get('/api/profiles/:username', async (c) => {
  const [u] = await sql`SELECT username, bio, image FROM users WHERE username = ${c.req.param('username')}`;
  return u ? c.json({ profile: { ...u, following: false } }) : c.json({ errors: { profile: ['not found'] } }, 404);
});

await migrate();
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) });
