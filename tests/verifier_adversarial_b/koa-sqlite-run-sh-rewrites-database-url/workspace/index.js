const Koa = require('koa');
const Router = require('@koa/router');
const { Sequelize, DataTypes } = require('sequelize');

const sequelize = new Sequelize(process.env.DATABASE_URL, { logging: false });
const Tag = sequelize.define('Tag', { name: { type: DataTypes.STRING, unique: true } });

const router = new Router();
router.get('/api/tags', async (ctx) => {
  ctx.body = { tags: (await Tag.findAll()).map((t) => t.name) };
});

sequelize.sync().then(() => new Koa().use(router.routes()).listen(process.env.PORT || 3000));
