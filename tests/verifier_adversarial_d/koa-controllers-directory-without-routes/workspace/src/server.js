const Koa = require('koa');
const router = require('./router');

new Koa().use(require('koa-bodyparser')()).use(router.routes()).use(router.allowedMethods()).listen(process.env.PORT || 8080);
