import { Hono } from 'hono';

export function userRoutes(users, auth) {
  const app = new Hono();

  app.post('/users', async (c) => {
    const body = await c.req.json();
    return c.json({ user: await users.register(body?.user) }, 201);
  });

  app.post('/users/login', async (c) => {
    const body = await c.req.json();
    return c.json({ user: await users.login(body?.user) });
  });

  app.get('/user', auth.required, async (c) => c.json({ user: await users.current(c.get('userId')) }));

  app.put('/user', auth.required, async (c) => {
    const body = await c.req.json();
    return c.json({ user: await users.update(c.get('userId'), body?.user) });
  });

  return app;
}
