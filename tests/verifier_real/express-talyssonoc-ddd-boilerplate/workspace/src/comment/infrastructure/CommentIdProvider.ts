// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/comment/infrastructure/CommentIdProvider.ts
import { CommentId } from '@/comment/domain/CommentId';

import { makeIdProvider } from '@/_lib/IdProvider';
