// excerpt of https://github.com/cecep31/honobackend@b372b1e48765:src/utils/response.ts
import type { Context } from 'hono';

import type { ContentfulStatusCode as StatusCode } from 'hono/utils/http-status';
