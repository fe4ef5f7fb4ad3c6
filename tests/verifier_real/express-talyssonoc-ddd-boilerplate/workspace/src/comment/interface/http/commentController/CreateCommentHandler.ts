// excerpt of talyssonoc/node-api-boilerplate@7e6ae0e968e0:src/comment/interface/http/commentController/CreateCommentHandler.ts
import { CreateComment } from '@/comment/application/useCases/CreateComment';

import { makeValidator } from '@/_lib/http/validation/Validator';

import { handler } from '@/_lib/http/handler';

import Joi from 'types-joi';
