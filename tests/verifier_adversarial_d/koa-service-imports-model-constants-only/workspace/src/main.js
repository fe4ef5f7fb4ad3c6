const Koa = require('koa');
const db = require('./db');
const router = require('./routes/articles');
require('./models/article');

db.sync().then(() => new Koa().use(require('koa-bodyparser')()).use(router.routes()).listen(process.env.PORT || 8080));
