// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/middlewares/optionalAuth.ts
import { createMiddleware } from 'hono/factory';

import type { Variables } from '../types/context';

import { getBearerToken, verifyJwtToken } from '../utils/auth';
