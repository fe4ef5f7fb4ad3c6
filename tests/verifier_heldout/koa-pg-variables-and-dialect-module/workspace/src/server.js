const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const articleService = require('./services/articleService');
const { sequelize } = require('./models');

const app = new Koa();
const router = new Router({ prefix: '/api' });

router.get('/health-check', (ctx) => {
  ctx.body = { status: 'ok' };
});
router.get('/articles', async (ctx) => {
  const { tag, author, favorited, limit = 20, offset = 0 } = ctx.query;
  ctx.body = await articleService.listArticles({ tag, author, favorited, limit: +limit, offset: +offset }, null);
});
router.get('/articles/:slug', async (ctx) => {
  ctx.body = { article: await articleService.getArticle(ctx.params.slug, null) };
});
router.get('/tags', async (ctx) => {
  ctx.body = { tags: await articleService.listTags() };
});

app.use(bodyParser()).use(router.routes()).use(router.allowedMethods());

sequelize.sync().then(() => app.listen(Number(process.env.PORT || 8080)));
