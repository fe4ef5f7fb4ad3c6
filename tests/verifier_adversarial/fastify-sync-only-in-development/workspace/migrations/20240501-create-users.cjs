'use strict';

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable('users', {
      id: { type: Sequelize.INTEGER, primaryKey: true, autoIncrement: true },
      username: { type: Sequelize.STRING(32), allowNull: false, unique: true },
      email: { type: Sequelize.STRING(254), allowNull: false, unique: true },
      passwordHash: { type: Sequelize.STRING, allowNull: false },
      bio: Sequelize.TEXT,
      image: Sequelize.STRING(2000),
      createdAt: { type: Sequelize.DATE, allowNull: false },
      updatedAt: { type: Sequelize.DATE, allowNull: false },
    });
  },
  async down(queryInterface) {
    await queryInterface.dropTable('users');
  },
};
