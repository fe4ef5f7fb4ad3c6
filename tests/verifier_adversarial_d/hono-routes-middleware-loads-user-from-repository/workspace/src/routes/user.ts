import { Hono } from 'hono';
import { requireUser } from './middleware/auth';
import { updateUser } from '../services/users';

export const userRoutes = new Hono();
userRoutes.put('/user', requireUser, async (c) => {
  const { user } = await c.req.json();
  return c.json({ user: await updateUser(c.get('user').id, user) });
});
