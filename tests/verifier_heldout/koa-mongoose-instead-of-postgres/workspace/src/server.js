const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const mongoose = require('mongoose');
const Article = require('./models/article');

const app = new Koa();
const router = new Router({ prefix: '/api' });

router.get('/health-check', (ctx) => {
  ctx.body = { status: 'ok' };
});

router.get('/articles', async (ctx) => {
  const limit = Number(ctx.query.limit ?? 20);
  const offset = Number(ctx.query.offset ?? 0);
  const [articles, articlesCount] = await Promise.all([
    Article.find().sort({ createdAt: -1 }).skip(offset).limit(limit).populate('author').lean(),
    Article.countDocuments(),
  ]);
  ctx.body = { articles, articlesCount };
});

app.use(bodyParser()).use(router.routes());

mongoose
  .connect(process.env.MONGO_URL || 'mongodb://127.0.0.1:27017/conduit')
  .then(() => app.listen(Number(process.env.PORT || 8080)));
