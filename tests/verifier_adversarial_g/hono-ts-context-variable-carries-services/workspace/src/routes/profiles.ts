import { Hono } from 'hono';
import type { AppEnv } from '../env.js';

export function profileRoutes(auth: any) {
  const app = new Hono<AppEnv>();

  app.get('/profiles/:username', auth.optional, async (c: any) =>
    c.json({ profile: await c.get('services').profiles.get(c.req.param('username'), c.get('userId')) }),
  );

  app.post('/profiles/:username/follow', auth.required, async (c: any) =>
    c.json({ profile: await c.get('services').profiles.follow(c.req.param('username'), c.get('userId')) }),
  );

  app.delete('/profiles/:username/follow', auth.required, async (c: any) =>
    c.json({ profile: await c.get('services').profiles.unfollow(c.req.param('username'), c.get('userId')) }),
  );

  return app;
}
