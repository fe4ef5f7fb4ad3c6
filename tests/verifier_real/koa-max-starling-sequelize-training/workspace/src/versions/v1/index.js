// excerpt of https://github.com/Max-Starling/Koa-Sequelize-Training@1976e4825217:src/versions/v1/index.js
const projectRoutes = require('./resources/project');

const userRoutes = require('./resources/user');

const taskRoutes = require('./resources/task');
