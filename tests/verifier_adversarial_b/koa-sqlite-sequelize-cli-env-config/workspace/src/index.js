const Koa = require('koa');
const Router = require('@koa/router');
const { Tag } = require('./models');

const router = new Router();
router.get('/api/tags', async (ctx) => {
  const tags = await Tag.findAll({ order: [['name', 'ASC']] });
  ctx.body = { tags: tags.map((t) => t.name) };
});

new Koa().use(router.routes()).listen(process.env.PORT || 3000);
