import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { pool, migrate } from './db.js';

await migrate();

const app = new Hono();
app.get('/api/profiles/:username', async (c) => {
  const { rows } = await pool.query('SELECT username, bio, image FROM users WHERE username = $1', [c.req.param('username')]);
  if (!rows.length) return c.json({ errors: { profile: ['not found'] } }, 404);
  return c.json({ profile: { ...rows[0], following: false } });
});

serve({ fetch: app.fetch, port: Number(process.env.PORT) || 3000 });
