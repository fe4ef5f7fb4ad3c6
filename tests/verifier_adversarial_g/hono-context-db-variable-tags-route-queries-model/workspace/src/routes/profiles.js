import { Hono } from 'hono';

export function profileRoutes(profiles, auth) {
  const app = new Hono();

  app.get('/profiles/:username', auth.optional, async (c) =>
    c.json({ profile: await profiles.get(c.req.param('username'), c.get('userId')) }),
  );

  app.post('/profiles/:username/follow', auth.required, async (c) =>
    c.json({ profile: await profiles.follow(c.req.param('username'), c.get('userId')) }),
  );

  app.delete('/profiles/:username/follow', auth.required, async (c) =>
    c.json({ profile: await profiles.unfollow(c.req.param('username'), c.get('userId')) }),
  );

  return app;
}
