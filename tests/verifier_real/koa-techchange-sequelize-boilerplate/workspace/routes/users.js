// excerpt of https://github.com/TechChange/koa-sequelize-boilerplate@405de3070a60:routes/users.js
const Router = require('koa-router');

const users = new Router();

const models = require('../models');

users.get('/', async (ctx, next) => {
	const allUsers = await models.user.findAll();

	ctx.body = allUsers;
	await next();
});
