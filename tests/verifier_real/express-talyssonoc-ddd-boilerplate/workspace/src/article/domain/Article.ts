// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/article/domain/Article.ts
import { AggregateRoot } from '@/_lib/DDD';

import { makeWithInvariants } from '@/_lib/WithInvariants';

import { ArticleId } from '@/_sharedKernel/domain/ArticleId';
