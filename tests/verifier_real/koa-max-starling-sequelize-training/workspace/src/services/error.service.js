// excerpt of https://github.com/Max-Starling/Koa-Sequelize-Training@1976e4825217:src/services/error.service.js
