import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { sql, migrate } from './db';

const app = new Hono();
app.get('/api/profiles/:username', async (c) => {
  const [user] = await sql`SELECT username, bio, image FROM users WHERE username = ${c.req.param('username')}`;
  if (!user) return c.json({ errors: { profile: ['not found'] } }, 404);
  return c.json({ profile: { ...user, following: false } });
});

await migrate();
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) });
