'use strict';

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable('articles', { id: { type: Sequelize.INTEGER, primaryKey: true } });
  },
};
