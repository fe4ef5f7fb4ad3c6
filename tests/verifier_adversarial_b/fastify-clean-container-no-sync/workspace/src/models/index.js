const { Sequelize } = require('sequelize');

function createModels(storage) {
  const sequelize = new Sequelize({ dialect: 'sqlite', storage, logging: false });
  return { sequelize, ...require('./definitions')(sequelize) };
}

module.exports = { createModels };
