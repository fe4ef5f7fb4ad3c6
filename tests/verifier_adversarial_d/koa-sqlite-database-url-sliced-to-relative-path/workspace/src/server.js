const Koa = require('koa');
const Router = require('koa-router');
const db = require('./db');
const { Tag } = require('./models');

const router = new Router();
router.get('/api/tags', async (ctx) => { ctx.body = { tags: (await Tag.findAll()).map((t) => t.name) }; });
db.sync().then(() => new Koa().use(router.routes()).listen(process.env.PORT || 8080));
