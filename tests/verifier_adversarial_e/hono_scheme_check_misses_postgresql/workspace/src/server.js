import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { db } from './db.js';

const app = new Hono();
app.get('/api/profiles/:username', async (c) => {
  const { rows } = await db.query('SELECT username, bio, image FROM users WHERE username = $1', [c.req.param('username')]);
  return rows[0] ? c.json({ profile: { ...rows[0], following: false } }) : c.json({ errors: { profile: ['not found'] } }, 404);
});

serve({ fetch: app.fetch, port: Number(process.env.PORT) || 3000 });
