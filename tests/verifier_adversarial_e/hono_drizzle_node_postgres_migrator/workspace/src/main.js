import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { eq } from 'drizzle-orm';
import { users } from './schema.js';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const db = drizzle(pool);
await migrate(db, { migrationsFolder: new URL('../drizzle', import.meta.url).pathname });

const app = new Hono();
app.get('/api/profiles/:username', async (c) => {
  const [u] = await db.select().from(users).where(eq(users.username, c.req.param('username')));
  if (!u) return c.json({ errors: { profile: ['not found'] } }, 404);
  return c.json({ profile: { username: u.username, bio: u.bio, image: u.image, following: false } });
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) });
