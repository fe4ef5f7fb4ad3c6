const { DataTypes } = require('sequelize');

function registerModels(sequelize) {
  return { Tag: sequelize.define('Tag', { name: DataTypes.STRING }) };
}

module.exports = { registerModels };
