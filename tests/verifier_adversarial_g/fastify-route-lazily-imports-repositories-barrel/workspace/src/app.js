import Fastify from 'fastify';
import { readdir } from 'node:fs/promises';
import { authHooks } from './routes/auth.js';
import { errorHandler } from './routes/errors.js';

const ROUTES_DIR = new URL('./routes/', import.meta.url);
const NOT_ROUTES = new Set(['auth.js', 'errors.js']);

/** Registers every route plugin found in routes/ (each exports one async plugin function). */
export async function createApp(services) {
  const app = Fastify({ logger: false });
  app.setErrorHandler(errorHandler);
  // Conduit clients send Content-Type: application/json on bodyless POST/DELETE requests too.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    if (body === '') return done(null, {});
    try {
      done(null, JSON.parse(body));
    } catch (error) {
      error.statusCode = 422;
      done(error, undefined);
    }
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ errors: { body: ['not found'] } }));

  const options = { prefix: '/api', services, auth: authHooks(services.users) };
  for (const file of (await readdir(ROUTES_DIR)).sort()) {
    if (!file.endsWith('.js') || NOT_ROUTES.has(file)) continue;
    const module = await import(new URL(file, ROUTES_DIR).href);
    for (const plugin of Object.values(module)) await app.register(plugin, options);
  }
  return app;
}
