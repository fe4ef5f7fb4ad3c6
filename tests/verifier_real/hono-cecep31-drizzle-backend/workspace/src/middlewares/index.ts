// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/middlewares/index.ts
import { bodyLimit } from 'hono/body-limit';

import { cors } from 'hono/cors';

import type { Hono } from 'hono';

import { rateLimiter } from 'hono-rate-limiter';

import { bodyLimitConfig, originList, rateLimitConfig } from '../config';

import type { Variables } from '../types/context';

import { Errors } from '../utils/error';

import { getClientIp } from '../utils/request';

import { loggingMiddleware } from './logger';

import { CleanupStore } from '../utils/rateLimitStore';

export function setupMiddlewares(app: Hono<{ Variables: Variables }>) {
  // Convert MB to bytes for bodyLimit
  const maxBodySizeBytes = bodyLimitConfig.maxSizeMB * 1024 * 1024;

  app
    .use(loggingMiddleware)
    .use(
      bodyLimit({
        maxSize: maxBodySizeBytes,
        onError: (c) => {
          return c.json(
            {
              success: false,
              message: `Request body is too large. Maximum size is ${bodyLimitConfig.maxSizeMB}MB`,
            },
            413
          );
        },
      })
    )
    .use(
      cors({
        origin: originList,
        allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
        allowHeaders: ['Content-Type', 'Authorization'],
        exposeHeaders: ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset'],
        credentials: true,
        maxAge: 86400, // 24 hours preflight cache
      })
    );
  if (rateLimitConfig.limit > 0) {
    // Create store with automatic cleanup
    rateLimitStore = new CleanupStore(rateLimitConfig.windowMs);

    app.use(
      rateLimiter({
        windowMs: rateLimitConfig.windowMs, // 1 minute
        limit: rateLimitConfig.limit,
        standardHeaders: 'draft-6', // draft-6: `RateLimit-*` headers; draft-7: combined `RateLimit` header
        keyGenerator: (c) => getClientIp(c) || 'unknown',
        store: rateLimitStore,
        handler: () => {
          throw Errors.TooManyRequests(Math.ceil(rateLimitConfig.windowMs / 1000));
        },
      })
    );
  }
}
