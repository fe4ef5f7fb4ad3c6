'use strict';

module.exports = {
  up: (qi, Sequelize) => qi.createTable('tags', {
    id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true },
    name: { type: Sequelize.STRING, allowNull: false, unique: true },
  }),
  down: (qi) => qi.dropTable('tags'),
};
