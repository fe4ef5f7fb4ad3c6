import { Hono } from 'hono';
import type { Context } from 'hono';
import { DomainError, NotFoundError, ForbiddenError, UnauthorizedError, ConflictError } from '../services/errors';
import { readToken } from '../services/security';
import type { Services } from '../container';

const STATUS = new Map<Function, number>([[UnauthorizedError, 401], [ForbiddenError, 403], [NotFoundError, 404], [ConflictError, 409]]);

export function apiRoutes({ services, secret }: { services: Services; secret: string }) {
  const api = new Hono();
  const viewer = (c: Context): number | null => {
    const header = c.req.header('Authorization') ?? '';
    return header.startsWith('Token ') ? readToken(header.slice(6), secret) : null;
  };

  api.onError((err, c) => {
    if (err instanceof DomainError) return c.json({ errors: { [err.key]: [err.message] } }, (STATUS.get(err.constructor) ?? 422) as 401);
    console.error(err);
    return c.json({ errors: { body: ['internal error'] } }, 500);
  });

  api.get('/health-check', (c) => c.json({ status: 'ok' }));
  api.post('/users', async (c) => {
    const { user } = await c.req.json();
    return c.json({ user: await services.users.register(user ?? {}) }, 201);
  });
  api.get('/articles', async (c) => {
    const { tag, author, limit = '20', offset = '0' } = c.req.query();
    return c.json(await services.articles.list({ tag, author, limit: Number(limit), offset: Number(offset) }, viewer(c)));
  });
  api.get('/tags', async (c) => c.json(await services.articles.tags()));
  api.get('/articles/:slug', async (c) => c.json({ article: await services.articles.get(c.req.param('slug'), viewer(c)) }));
  return api;
}
