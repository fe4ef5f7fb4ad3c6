// excerpt of w3tecch/express-typescript-boilerplate@17727010f7f0:src/decorators/DLoader.ts
import { Container, ObjectType } from 'typedi';

import { createDataLoader, CreateDataLoaderOptions } from '../lib/graphql';

export * from '../lib/graphql';
