// excerpt of https://github.com/manV/Ts-Koa-Sequelize-Boilerplate@e3545cc4a49c:src/index.ts
require('dotenv').config();

import './sequelize';

import * as Koa from 'koa';

import * as Router from 'koa-router';

import * as koaLogger from 'koa-logger';

import * as postRoutes from './routes/post';

const router = new Router();

app.use(koaLogger());

router.use('/post', postRoutes.routes(), postRoutes.allowedMethods());

app.use(router.routes());

app.use(router.allowedMethods());

app.listen(3000);
