import { userService } from '../services/userService.js';
import { UnauthorizedError } from '../services/errors.js';

function tokenOf(c) {
  const [scheme, value] = (c.req.header('Authorization') || '').split(' ');
  return (scheme === 'Token' || scheme === 'Bearer') && value ? value : null;
}

export async function authOptional(c, next) {
  const token = tokenOf(c);
  c.set('token', token);
  c.set('user', await userService.fromToken(token));
  await next();
}

export async function authRequired(c, next) {
  const token = tokenOf(c);
  if (!token) throw new UnauthorizedError();
  c.set('token', token);
  c.set('user', await userService.fromToken(token));
  await next();
}

export async function bodyOf(c, key) {
  try {
    const body = await c.req.json();
    return (body && body[key]) || {};
  } catch {
    return {};
  }
}
