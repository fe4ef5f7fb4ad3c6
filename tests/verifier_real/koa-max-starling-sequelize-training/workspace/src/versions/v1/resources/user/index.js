// excerpt of https://github.com/Max-Starling/Koa-Sequelize-Training@1976e4825217:src/versions/v1/resources/user/index.js
const Router = require('koa-router');

const controller = require('./user.controller');

const router = new Router();

router.get('/:id', controller.getUserById);

router.get('/', controller.getUsers);

router.post('/', controller.addUser);

module.exports = router.routes();
