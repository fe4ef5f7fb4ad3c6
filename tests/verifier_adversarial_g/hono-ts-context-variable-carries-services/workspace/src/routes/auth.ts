import { createMiddleware } from 'hono/factory';
import type { UserService } from '../services/user-service.js';

function tokenOf(header: string | undefined) {
  const [scheme, token] = (header ?? '').split(' ');
  return scheme === 'Token' || scheme === 'Bearer' ? token : null;
}

/** Middleware putting the caller's id in the context variable `userId`. */
export function authMiddleware(users: UserService) {
  const optional = createMiddleware(async (c: any, next) => {
    const token = tokenOf(c.req.header('authorization'));
    c.set('userId', token ? users.authenticate(token) : null);
    await next();
  });
  const required = createMiddleware(async (c: any, next) => {
    const token = tokenOf(c.req.header('authorization'));
    if (!token) return c.json({ errors: { body: ['missing authorization token'] } }, 401);
    c.set('userId', users.authenticate(token));
    await next();
  });
  return { optional, required };
}
