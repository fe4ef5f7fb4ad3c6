const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const articleRoutes = require('./app/routes/articles');

const app = new Koa();
app.use(bodyParser());
app.use(articleRoutes.routes()).use(articleRoutes.allowedMethods());
app.listen(process.env.PORT || 8080);
