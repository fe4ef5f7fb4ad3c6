// excerpt of https://github.com/Max-Starling/Koa-Sequelize-Training@1976e4825217:src/versions/v1/resources/user/validators/add.validator.js
const Joi = require('joi');

const Project = require('../../../../../models/project.model');

const createError = message => ({ message });

module.exports = async (userData) => {
  const { error } = Joi.validate(userData, schema);
  if (error && Array.isArray(error.details) && error.details.length > 0) {
    console.log(error.details[0]);
    return error.details[0];
  } else {
    if (!await Project.findByPk(userData.projectId)) {
      console.log(`Project with id ${userData.projectId} not found`);
      return createError(`Project with id ${userData.projectId} not found`);
    }
  }
  return null;
};
