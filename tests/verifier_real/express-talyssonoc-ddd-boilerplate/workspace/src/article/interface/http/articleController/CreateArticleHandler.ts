// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/article/interface/http/articleController/CreateArticleHandler.ts
import { CreateArticle } from '@/article/application/useCases/CreateArticle';

import { makeValidator } from '@/_lib/http/validation/Validator';

import { handler } from '@/_lib/http/handler';

import { Request, Response } from 'express';

import Joi from 'types-joi';

import { HttpStatus } from '@/_lib/http/HttpStatus';
