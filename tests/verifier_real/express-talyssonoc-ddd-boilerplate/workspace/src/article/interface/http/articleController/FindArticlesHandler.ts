// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/article/interface/http/articleController/FindArticlesHandler.ts
import { FindArticles } from '@/article/application/query/FindArticles';

import { handler } from '@/_lib/http/handler';

import Joi from 'types-joi';

import { makePaginator } from '@/_lib/http/validation/Paginator';
