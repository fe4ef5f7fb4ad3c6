// excerpt of LimarenkoDenis/typescript-node-koa-realworld-example-app@8517ce9c4b34:src/middleware/camelize-middleware.ts
import * as humps from 'humps';

import * as _ from 'lodash';

import * as koa from 'koa';
