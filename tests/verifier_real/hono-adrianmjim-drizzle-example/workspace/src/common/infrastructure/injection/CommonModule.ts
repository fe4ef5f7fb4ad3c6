// excerpt of https://github.com/Adrianmjim/hono-api-example@988a5272bdc5:src/common/infrastructure/injection/CommonModule.ts
import { neon } from '@neondatabase/serverless';

import { drizzle, NeonHttpDatabase } from 'drizzle-orm/neon-http';

import { Container } from 'inversify';

import { InjectionKeys } from './InjectionKeys';

import { DeleteOrmAdapter } from '../orm/adapter/DeleteOrmAdapter';

import { FindOneOrmAdapter } from '../orm/adapter/FindOneOrmAdapter';

import { FindOrmAdapter } from '../orm/adapter/FindOrmAdapter';

import { InsertOneOrmAdapter } from '../orm/adapter/InsertOneOrmAdapter';

import { UpdateOrmAdapter } from '../orm/adapter/UpdateOrmAdapter';

import { UpdateCommandToFindQueryOrmConverter } from '../orm/converter/UpdateCommandToFindQueryOrmConverter';

import { UpdateCommandToSetQueryOrmConverter } from '../orm/converter/UpdateCommandToSetQueryOrmConverter';

commonModule
  .bind(InjectionKeys.database)
  .toResolvedValue(
    (databaseUrl: string): NeonHttpDatabase => drizzle({ client: neon(databaseUrl) }),
    [InjectionKeys.databaseUrl],
  );

commonModule.bind(InjectionKeys.findOneOrmAdapter).to(FindOneOrmAdapter);
