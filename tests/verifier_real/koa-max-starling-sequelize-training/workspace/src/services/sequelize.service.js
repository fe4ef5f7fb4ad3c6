// excerpt of https://github.com/Max-Starling/Koa-Sequelize-Training@1976e4825217:src/services/sequelize.service.js
const sequelize = require('../sequelize');

const Project = require('../models/project.model');

const User = require('../models/user.model');

const Task = require('../models/task.model');

module.exports.init = async () => {
  sequelize.authenticate()
    .then(async () => {
      console.log('Connection has been established successfully.');

      await Project.sync({ force: true });
      await User.sync({ force: true });
      await Task.sync({ force: true });
    })
    .catch(err => {
      console.error('Unable to connect to the database:', err);
    });
};

module.exports.check = async () => {
  try {
    await sequelize.authenticate();
    return true;
  } catch (e) {
    return false;
  }
};
