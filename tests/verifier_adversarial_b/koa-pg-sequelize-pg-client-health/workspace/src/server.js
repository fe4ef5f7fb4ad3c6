const Koa = require('koa');
const Router = require('@koa/router');
const { sequelize, Tag } = require('./models');
const health = require('./health');

const router = new Router();
router.get('/health', health);
router.get('/api/tags', async (ctx) => {
  ctx.body = { tags: (await Tag.findAll({ order: [['name', 'ASC']] })).map((t) => t.name) };
});

sequelize.sync().then(() => new Koa().use(router.routes()).listen(process.env.PORT || 3000));
