// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/server/app.ts
import { Hono } from 'hono';

import { timeout } from 'hono/timeout';

import { compress } from 'hono/compress';

import { errorHandler } from '../middlewares/errorHandler';

import { setupMiddlewares } from '../middlewares';

import setupRouter from '../router';

import type { Variables } from '../types/context';

import { db } from '../database/drizzle';

import { sql } from 'drizzle-orm';

app.use(timeout(30000));

app.use(compress());

app.onError(errorHandler());

setupRouter(app);

app.get('/', async (c) => {
  return c.json({ message: 'hello world' });
});

app.get('/health', async (c) => {
  try {
    // Test database connection
    await db.execute(sql`SELECT 1`);

    return c.json({
      status: 'healthy',
      timestamp: new Date().toISOString(),
      services: {
        database: 'connected',
      },
    });
  } catch (_error) {
    return c.json(
      {
        status: 'unhealthy',
        timestamp: new Date().toISOString(),
        services: {
          database: 'disconnected',
        },
        error: 'Database health check failed',
      },
      503
    );
  }
});

app.get('/ready', async (c) => {
  try {
    await db.execute(sql`SELECT 1`);
    return c.json({
      ready: true,
      timestamp: new Date().toISOString(),
    });
  } catch (_error) {
    return c.json(
      {
        ready: false,
        timestamp: new Date().toISOString(),
        error: 'Readiness check failed',
      },
      503
    );
  }
});
