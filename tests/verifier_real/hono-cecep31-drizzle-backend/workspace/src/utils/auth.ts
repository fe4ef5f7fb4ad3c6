// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/utils/auth.ts
import { verify } from 'hono/jwt';

import config from '../config';

import type { jwtPayload } from '../types/auth';
