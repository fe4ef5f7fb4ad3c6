import { Hono } from 'hono';
import type { ProfileService } from '../services/profile-service.js';

export function profileRoutes(profiles: ProfileService, auth: any) {
  const app = new Hono();

  app.get('/profiles/:username', auth.optional, async (c: any) =>
    c.json({ profile: await profiles.get(c.req.param('username'), c.get('userId')) }),
  );

  app.post('/profiles/:username/follow', auth.required, async (c: any) =>
    c.json({ profile: await profiles.follow(c.req.param('username'), c.get('userId')) }),
  );

  app.delete('/profiles/:username/follow', auth.required, async (c: any) =>
    c.json({ profile: await profiles.unfollow(c.req.param('username'), c.get('userId')) }),
  );

  return app;
}
