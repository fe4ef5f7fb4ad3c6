const Koa = require('koa');
const { koaBody } = require('koa-body');
const router = require('./routes/articles');

new Koa().use(koaBody()).use(router.routes()).listen(process.env.PORT || 8080);
