// excerpt of https://github.com/TechChange/koa-sequelize-boilerplate@405de3070a60:app.js
const Koa = require('koa');

const router = require('./routes');

const bodyParser = require('koa-bodyparser');

const logger = require('koa-logger');

const koaqs = require('koa-qs');

app
	.use(logger())
	.use(bodyParser())
	.use(router.routes())
	.use(router.allowedMethods());
