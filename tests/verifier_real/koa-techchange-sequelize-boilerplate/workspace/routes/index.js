// excerpt of https://github.com/TechChange/koa-sequelize-boilerplate@405de3070a60:routes/index.js
const Router = require('koa-router');

const router = new Router();

const users = require('./users');

router.use('/users', users.routes());

module.exports = router;
