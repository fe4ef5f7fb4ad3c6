import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { db } from './db.js';
import { follow, isFollowing } from './follows.js';

const app = new Hono().basePath('/api');

app.post('/profiles/:username/follow', async (c) => {
  const target = db.prepare('SELECT id, username, bio, image FROM users WHERE username = ?').get(c.req.param('username'));
  if (!target) return c.json({ errors: { profile: ['not found'] } }, 404);
  const me = c.get('userId');
  await follow(me, target.id);
  return c.json({ profile: { username: target.username, bio: target.bio, image: target.image, following: await isFollowing(me, target.id) } });
});

serve({ fetch: app.fetch, port: Number(process.env.PORT) || 3000 });
