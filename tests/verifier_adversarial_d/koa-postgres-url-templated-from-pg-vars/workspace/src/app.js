const Koa = require('koa');
const Router = require('@koa/router');
const { sequelize, Tag } = require('./db');
const { port } = require('./config');

const router = new Router();
router.get('/api/tags', async (ctx) => { ctx.body = { tags: (await Tag.findAll()).map((t) => t.name) }; });

sequelize.sync().then(() => new Koa().use(router.routes()).listen(port));
