// excerpt of https://github.com/Max-Starling/Koa-Sequelize-Training@1976e4825217:src/models/task.model.js
const Sequelize = require('sequelize');

const sequelize = require('../sequelize');

const Model = Sequelize.Model;

class Task extends Model {}

Task.init({
  // attributes
  id: {
    type: Sequelize.STRING,
    allowNull: false,
    primaryKey: true
  },
  title: {
    type: Sequelize.STRING,
    allowNull: false
  },
  description: {
    type: Sequelize.STRING,
    allowNull: false
  },
  estimatedTime: {
    type: Sequelize.STRING,
    allowNull: false
  },
  // counter: {
  //   type: Sequelize.NUMBER,
  //   allowNull: false,
  //   defaultValue: 0
  // }
  // userId: {
  //   type: Sequelize.STRING,
  //   references: {
  //     model: User,
  //     key: 'id'
  //   }
  // }
}, {
  sequelize,
  modelName: 'task'
});
