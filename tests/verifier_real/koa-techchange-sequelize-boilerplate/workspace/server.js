// excerpt of https://github.com/TechChange/koa-sequelize-boilerplate@405de3070a60:server.js
const app = require('./app');

const db = require('./models');

db.sequelize.sync().then(() => {
	app.listen(3000);
});
