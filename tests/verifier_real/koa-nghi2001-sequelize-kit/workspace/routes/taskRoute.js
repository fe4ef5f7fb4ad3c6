// excerpt of https://github.com/nghi2001/Koa-Sequelize-Kit@c54f963ac38f:routes/taskRoute.js
const Route = require('@koa/router');

const TaskController = require('../controllers/taskController')

route.get("/", TaskController.findAll)
