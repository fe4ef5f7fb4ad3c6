const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const articles = require('./controllers/articles');
const { sequelize } = require('./lib/db');

const app = new Koa();
const router = new Router({ prefix: '/api' });
router.get('/health-check', (ctx) => {
  ctx.body = { status: 'ok' };
});
router.get('/articles', articles.list);
router.get('/articles/:slug', articles.show);
app.use(bodyParser()).use(router.routes());

sequelize.sync().then(() => app.listen(Number(process.env.PORT || 8080)));
