// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/_lib/http/middlewares/requestContainer.ts
import { asValue } from 'awilix';

import { RequestHandler } from 'express';

import { Container } from '@/container';
