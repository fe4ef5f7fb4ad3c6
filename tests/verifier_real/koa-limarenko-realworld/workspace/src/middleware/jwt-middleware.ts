// excerpt of LimarenkoDenis/typescript-node-koa-realworld-example-app@8517ce9c4b34:src/middleware/jwt-middleware.ts
const koaJwt = require('koa-jwt')

import { config } from './../config';
