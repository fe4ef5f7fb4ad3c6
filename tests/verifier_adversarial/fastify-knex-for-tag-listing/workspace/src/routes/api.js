import { DomainError, NotFoundError, ForbiddenError, UnauthorizedError, ConflictError } from '../services/errors.js';
import { readToken } from '../services/security.js';

const STATUS = new Map([[UnauthorizedError, 401], [ForbiddenError, 403], [NotFoundError, 404], [ConflictError, 409]]);

export default async function apiRoutes(app, { services, secret }) {
  const viewer = (request) => {
    const header = request.headers.authorization || '';
    return header.startsWith('Token ') ? readToken(header.slice(6), secret) : null;
  };

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof DomainError) {
      return reply.code(STATUS.get(error.constructor) || 422).send({ errors: { [error.key]: [error.message] } });
    }
    request.log.error(error);
    return reply.code(500).send({ errors: { body: ['internal error'] } });
  });

  app.get('/health-check', async () => ({ status: 'ok' }));
  app.post('/users', async (request, reply) => reply.code(201).send({ user: await services.users.register(request.body?.user ?? {}) }));
  app.post('/users/login', async (request) => ({ user: await services.users.login(request.body?.user ?? {}) }));
  app.get('/articles', async (request) => {
    const { tag, author, limit = 20, offset = 0 } = request.query;
    return services.articles.list({ tag, author, limit: Number(limit), offset: Number(offset) }, viewer(request));
  });
  app.get('/tags', async () => services.tags.list());
  app.get('/articles/:slug', async (request) => ({ article: await services.articles.get(request.params.slug, viewer(request)) }));
  app.delete('/articles/:slug', async (request, reply) => {
    const userId = viewer(request);
    if (!userId) return reply.code(401).send({ errors: { body: ['missing or invalid token'] } });
    await services.articles.remove(request.params.slug, userId);
    return {};
  });
}
