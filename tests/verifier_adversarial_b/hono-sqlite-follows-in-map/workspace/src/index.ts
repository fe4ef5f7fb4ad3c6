import { Hono } from 'hono';
import { serve } from '@hono/node-server';
import { db } from './db';
import { follow, isFollowing } from './state/follows';

const app = new Hono<{ Variables: { userId: number } }>();

app.post('/api/profiles/:username/follow', (c) => {
  const target = db.prepare('SELECT id, username, bio, image FROM users WHERE username = ?').get(c.req.param('username')) as any;
  if (!target) return c.json({ errors: { profile: ['not found'] } }, 404);
  follow(c.get('userId'), target.id);
  return c.json({ profile: { username: target.username, bio: target.bio, image: target.image, following: isFollowing(c.get('userId'), target.id) } });
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) });
