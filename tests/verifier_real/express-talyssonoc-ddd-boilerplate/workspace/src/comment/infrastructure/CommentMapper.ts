// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/comment/infrastructure/CommentMapper.ts
import { Comment } from '@/comment/domain/Comment';

import { CommentSchema } from '@/comment/infrastructure/CommentCollection';

import { CommentIdProvider } from '@/comment/infrastructure/CommentIdProvider';

import { DataMapper } from '@/_lib/DDD';

import { ArticleIdProvider } from '@/_sharedKernel/infrastructure/ArticleIdProvider';

import { from } from 'uuid-mongodb';
