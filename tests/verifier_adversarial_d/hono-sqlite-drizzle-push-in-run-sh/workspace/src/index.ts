import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { Hono } from 'hono';
import { users } from './schema';

const db = drizzle(new Database(process.env.SQLITE_PATH!));
const app = new Hono();

app.get('/api/profiles/:username', (c) => {
  const user = db.select().from(users).where(eq(users.username, c.req.param('username'))).get();
  if (!user) return c.json({ errors: { body: ['not found'] } }, 404);
  return c.json({ profile: { username: user.username, bio: user.bio, image: user.image, following: false } });
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080) });
