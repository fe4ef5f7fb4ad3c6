// excerpt of LimarenkoDenis/typescript-node-koa-realworld-example-app@8517ce9c4b34:src/schemas/index.ts
import { userSchema } from './user-schema';

import { articleSchema } from './article-schema';

import { commentSchema } from './comment-schema';

import { tagSchema } from './tag-schema';

export const schemas: (app) => void = (app) => {
  app.schemas = {
    userSchema,
    articleSchema,
    commentSchema,
    tagSchema
  };
};
