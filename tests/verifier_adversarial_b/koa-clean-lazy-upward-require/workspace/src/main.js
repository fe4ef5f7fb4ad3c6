const Koa = require('koa');
const bodyParser = require('koa-bodyparser');
const articles = require('./routes/articles');

new Koa().use(bodyParser()).use(articles.routes()).listen(process.env.PORT || 3000);
