// excerpt of https://github.com/Max-Starling/Koa-Sequelize-Training@1976e4825217:src/versions/v1/resources/project/index.js
const Router = require('koa-router');

const controller = require('./project.controller');

const router = new Router();

router.get('/:id', controller.getProjectById);

router.get('/', controller.getProjects);

router.post('/', controller.addProject);

router.delete('/:id', controller.deleteProject);

module.exports = router.routes();
