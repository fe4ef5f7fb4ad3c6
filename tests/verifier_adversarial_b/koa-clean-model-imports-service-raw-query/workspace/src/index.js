const Koa = require('koa');
const sequelize = require('./db');
require('./models/user');
const profiles = require('./routes/profiles');

sequelize.sync().then(() => new Koa().use(profiles.routes()).listen(process.env.PORT || 3000));
