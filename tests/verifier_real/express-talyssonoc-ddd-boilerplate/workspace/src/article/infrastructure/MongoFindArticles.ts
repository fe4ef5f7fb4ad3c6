// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/article/infrastructure/MongoFindArticles.ts
import { ArticleCollection, ArticleSchema } from '@/article/infrastructure/ArticleCollection';

import MUUID from 'uuid-mongodb';

import { FindArticles } from '@/article/application/query/FindArticles';

import { CommentSchema } from '@/comment/infrastructure/CommentCollection';

import { Filter } from 'mongodb';
