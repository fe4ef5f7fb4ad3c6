'use strict';
const Koa = require('koa');
const { koaBody } = require('koa-body');
const { router } = require('./routes');

const app = new Koa();
app.use(koaBody());
app.use(router.routes());
app.listen(Number(process.env.PORT || 8080));
