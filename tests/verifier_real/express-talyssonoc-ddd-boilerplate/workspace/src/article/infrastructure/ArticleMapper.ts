// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/article/infrastructure/ArticleMapper.ts
import { Article } from '@/article/domain/Article';

import { ArticleSchema } from '@/article/infrastructure/ArticleCollection';

import { DataMapper } from '@/_lib/DDD';

import { ArticleIdProvider } from '@/_sharedKernel/infrastructure/ArticleIdProvider';

import { from } from 'uuid-mongodb';
