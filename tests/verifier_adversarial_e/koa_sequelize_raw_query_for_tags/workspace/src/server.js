const Koa = require('koa');
const Router = require('@koa/router');
const bodyParser = require('koa-bodyparser');
const { sequelize, QueryTypes } = require('./models');

const router = new Router({ prefix: '/api' });

router.get('/tags', async (ctx) => {
  const rows = await sequelize.query(
    'SELECT DISTINCT t.name FROM tags t JOIN article_tags at ON at.tagId = t.id ORDER BY t.name',
    { type: QueryTypes.SELECT },
  );
  ctx.body = { tags: rows.map((r) => r.name) };
});

const app = new Koa();
app.use(bodyParser());
app.use(router.routes()).use(router.allowedMethods());

sequelize.sync().then(() => app.listen(Number(process.env.PORT) || 3000));
