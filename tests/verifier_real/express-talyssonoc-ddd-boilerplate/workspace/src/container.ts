// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/container.ts
import { BuildResolverOptions, createContainer } from 'awilix';

import { MainRegistry } from '@/_boot';

import { makeInitialize } from '@/_lib/Initialize';
