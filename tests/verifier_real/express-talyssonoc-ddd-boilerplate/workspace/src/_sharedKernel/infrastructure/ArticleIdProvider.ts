// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/_sharedKernel/infrastructure/ArticleIdProvider.ts
import { makeIdProvider } from '@/_lib/IdProvider';

import { ArticleId } from '@/_sharedKernel/domain/ArticleId';
