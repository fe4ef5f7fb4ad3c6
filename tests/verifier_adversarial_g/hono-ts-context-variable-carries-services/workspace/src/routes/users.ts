import { Hono } from 'hono';
import type { AppEnv } from '../env.js';

export function userRoutes(auth: any) {
  const app = new Hono<AppEnv>();

  app.post('/users', async (c) => {
    const body = await c.req.json();
    return c.json({ user: await c.get('services').users.register(body?.user) }, 201);
  });

  app.post('/users/login', async (c) => {
    const body = await c.req.json();
    return c.json({ user: await c.get('services').users.login(body?.user) });
  });

  app.get('/user', auth.required, async (c: any) => c.json({ user: await c.get('services').users.current(c.get('userId')) }));

  app.put('/user', auth.required, async (c: any) => {
    const body = await c.req.json();
    return c.json({ user: await c.get('services').users.update(c.get('userId'), body?.user) });
  });

  return app;
}
