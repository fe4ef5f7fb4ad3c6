// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/article/interface/http/articleController/DeleteArticleHandler.ts
import { DeleteArticle } from '@/article/application/useCases/DeleteArticle';

import { handler } from '@/_lib/http/handler';
