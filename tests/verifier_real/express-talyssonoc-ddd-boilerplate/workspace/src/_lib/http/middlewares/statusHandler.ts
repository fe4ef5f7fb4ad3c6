// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/_lib/http/middlewares/statusHandler.ts
import { handler } from '@/_lib/http/handler';

import { HttpStatus } from '@/_lib/http/HttpStatus';
