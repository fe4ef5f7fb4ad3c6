// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/utils/request.ts
import type { Context } from 'hono';

import { MAX_QUERY_OFFSET } from './validationLimits';

export function getClientIp(c: Context): string | undefined {
  return (
    c.req.header('cf-connecting-ip') ||
    c.req.header('x-real-ip') ||
    c.req.header('x-forwarded-for')?.split(',')[0]?.trim() ||
    undefined
  );
}
