import { Hono } from 'hono';
import { registerBody, loginBody } from '../models/schemas.js';
import { validJson } from './validation.js';
import type { UserService } from '../services/user-service.js';

export function userRoutes(users: UserService, auth: any) {
  const app = new Hono();

  app.post('/users', validJson(registerBody), async (c) => {
    const { user } = c.req.valid('json');
    return c.json({ user: await users.register(user) }, 201);
  });

  app.post('/users/login', validJson(loginBody), async (c) => {
    const { user } = c.req.valid('json');
    return c.json({ user: await users.login(user) });
  });

  app.get('/user', auth.required, async (c: any) => c.json({ user: await users.current(c.get('userId')) }));

  app.put('/user', auth.required, async (c: any) => {
    const body = await c.req.json();
    return c.json({ user: await users.update(c.get('userId'), body?.user) });
  });

  return app;
}
