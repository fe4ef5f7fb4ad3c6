// excerpt of LimarenkoDenis/typescript-node-koa-realworld-example-app@8517ce9c4b34:src/controllers/index.ts
import { users } from './users-controller';

import { tags } from './tags-controller';

import { profiles } from './profiles-controller';

import { articles } from './articles-controller';
