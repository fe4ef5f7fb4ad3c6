// excerpt of https://github.com/masb0ymas/hono-api-typeorm@ee3f7d481c2d:src/app/middlewares/rate-limiter.ts
import { rateLimiter } from 'hono-rate-limiter'

export function rateLimitHandler() {
  return rateLimiter({
    windowMs: LIMIT_DURATION,
    limit: MAX_LIMIT, // Limit each client to MAX_LIMIT requests per window
    keyGenerator: (c) => c.req.header('x-forwarded-for') ?? '', // Use IP address as key
    handler: (c) => {
      return c.json({ success: false, message: 'Too many requests, please try again later.' }, 429)
    },
  })
}
