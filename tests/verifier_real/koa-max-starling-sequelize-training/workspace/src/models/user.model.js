// excerpt of https://github.com/Max-Starling/Koa-Sequelize-Training@1976e4825217:src/models/user.model.js
const Sequelize = require('sequelize');

const sequelize = require('../sequelize');

const Task = require('./task.model');

const Model = Sequelize.Model;

class User extends Model {}

User.init({
  // attributes
  id: {
    type: Sequelize.STRING,
    allowNull: false,
    primaryKey: true
  },
  firstName: {
    type: Sequelize.STRING,
    allowNull: false
  },
  lastName: {
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
  modelName: 'user'
});
