// excerpt of https://github.com/Max-Starling/Koa-Sequelize-Training@1976e4825217:src/versions/v1/resources/project/validators/add.validator.js
const Joi = require('joi');
