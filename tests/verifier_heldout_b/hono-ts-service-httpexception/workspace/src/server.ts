import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { serve } from '@hono/node-server';
import { buildContainer } from './container.js';
import { apiApp } from './routes/api.js';
import { AppError } from './services/errors.js';

async function main() {
  const container = await buildContainer();
  const app = new Hono();
  app.onError((err, c) => {
    if (err instanceof AppError) {
      if (err.retryAfter) c.header('Retry-After', String(err.retryAfter));
      return c.json(err.toBody(), err.status);
    }
    if (err instanceof HTTPException) return err.getResponse();
    console.error(err);
    return c.json({ errors: { body: ['internal server error'] } }, 500);
  });
  app.notFound((c) => c.json({ errors: { body: ['not found'] } }, 404));
  app.route('/api', apiApp(container));
  serve({ fetch: app.fetch, port: Number(process.env.PORT || 3000), hostname: '0.0.0.0' });
}

main().catch((err) => { console.error(err); process.exit(1); });
