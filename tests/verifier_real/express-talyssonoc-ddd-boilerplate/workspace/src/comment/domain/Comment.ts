// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/comment/domain/Comment.ts
import { CommentId } from '@/comment/domain/CommentId';

import { AggregateRoot } from '@/_lib/DDD';

import { ArticleId } from '@/_sharedKernel/domain/ArticleId';
