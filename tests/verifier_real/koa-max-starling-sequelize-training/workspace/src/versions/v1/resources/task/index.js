// excerpt of https://github.com/Max-Starling/Koa-Sequelize-Training@1976e4825217:src/versions/v1/resources/task/index.js
const Router = require('koa-router');

const controller = require('./task.controller');

const router = new Router();

router.get('/:id', controller.getTaskById);

router.get('/', controller.getTasks);

router.post('/', controller.addTask);

module.exports = router.routes();
