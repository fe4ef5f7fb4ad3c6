// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/article/interface/http/articleController/PublishArticleHandler.ts
import { PublishArticle } from '@/article/application/useCases/PublishArticle';

import { handler } from '@/_lib/http/handler';

import { Request, Response } from 'express';
