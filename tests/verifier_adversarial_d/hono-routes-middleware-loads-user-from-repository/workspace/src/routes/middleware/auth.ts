import { createMiddleware } from 'hono/factory';
import { verify } from 'hono/jwt';
import { usersRepository } from '../../repositories/users';
import type { User } from '../../models/user';

export const requireUser = createMiddleware<{ Variables: { user: User } }>(async (c, next) => {
  const token = c.req.header('Authorization')?.replace(/^Token /, '');
  if (!token) return c.json({ errors: { body: ['missing token'] } }, 401);
  const payload = await verify(token, process.env.JWT_SECRET ?? 'secret');
  const user = await usersRepository.findById(Number(payload.sub));
  if (!user) return c.json({ errors: { body: ['unknown user'] } }, 401);
  c.set('user', user);
  await next();
});
