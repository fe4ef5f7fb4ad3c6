import { createMiddleware } from 'hono/factory';
import type { UserService } from '../services/user.service.js';

/** Middleware putting the caller's id in the context variable `userId`. */
export function authMiddleware(users: UserService) {
  const optional = createMiddleware(async (c: any, next) => {
    c.set('userId', users.callerOf(c));
    await next();
  });
  const required = createMiddleware(async (c: any, next) => {
    const userId = users.callerOf(c);
    if (userId === null) return c.json({ errors: { body: ['missing authorization token'] } }, 401);
    c.set('userId', userId);
    await next();
  });
  return { optional, required };
}
