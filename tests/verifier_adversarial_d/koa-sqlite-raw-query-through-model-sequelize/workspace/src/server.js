const Koa = require('koa');
const { sequelize } = require('./models');
const feed = require('./routes/feed');

sequelize.sync().then(() => new Koa().use(require('koa-bodyparser')()).use(feed.routes()).listen(process.env.PORT || 8080));
