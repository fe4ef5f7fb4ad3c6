// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/_boot/appModules.ts
import { articleModule, ArticleRegistry } from '@/article';

import { commentModule, CommentRegistry } from '@/comment';
