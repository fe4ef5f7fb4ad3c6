// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/_boot/swagger.ts
import { makeModule } from '@/context';

import { resolve } from 'path';

import swaggerJSDoc from 'swagger-jsdoc';

import swaggerUi from 'swagger-ui-express';
