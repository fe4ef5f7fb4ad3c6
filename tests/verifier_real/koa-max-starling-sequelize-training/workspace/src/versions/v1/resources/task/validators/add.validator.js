// excerpt of https://github.com/Max-Starling/Koa-Sequelize-Training@1976e4825217:src/versions/v1/resources/task/validators/add.validator.js
const Joi = require('joi');

const User = require('../../../../../models/user.model');

const createError = message => ({ message });

module.exports = async (taskData) => {
  const { error } = Joi.validate(taskData, schema);
  if (error && Array.isArray(error.details) && error.details.length > 0) {
    console.log(error.details[0]);
    return error.details[0];
  } else {
    if (!await User.findByPk(taskData.userId)) {
      console.log(`User with id ${taskData.userId} not found`);
      return createError(`User with id ${taskData.userId} not found`);
    }
  }
  return null;
};
