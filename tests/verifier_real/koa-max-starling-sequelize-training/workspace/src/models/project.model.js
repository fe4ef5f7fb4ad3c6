// excerpt of https://github.com/Max-Starling/Koa-Sequelize-Training@1976e4825217:src/models/project.model.js
const Sequelize = require('sequelize');

const sequelize = require('../sequelize');

const User = require('./user.model');

const Model = Sequelize.Model;

class Project extends Model {}

Project.init({
  id: {
    type: Sequelize.STRING,
    allowNull: false,
    primaryKey: true
  },
  name: {
    type: Sequelize.STRING,
    allowNull: false
  },
  // counter: {
  //   type: Sequelize.NUMBER,
  //   allowNull: false,
  //   defaultValue: 0
  // }
}, {
  sequelize,
  modelName: 'project'
});
