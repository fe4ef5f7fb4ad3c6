import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { db } from './db.js';
import { follow, isFollowing } from './follows.js';

const app = new Hono();
const byName = db.prepare('SELECT id, username, bio, image FROM users WHERE username = ?');

app.post('/api/profiles/:username/follow', (c) => {
  const user = byName.get(c.req.param('username'));
  if (!user) return c.json({ errors: { body: ['not found'] } }, 404);
  follow(c.get('userId'), user.id);
  return c.json({ profile: { username: user.username, bio: user.bio, image: user.image, following: isFollowing(c.get('userId'), user.id) } });
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) });
