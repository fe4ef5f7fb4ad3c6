module.exports = {
  up: (queryInterface, Sequelize) => queryInterface.createTable('Articles', { id: { type: Sequelize.INTEGER, primaryKey: true } }),
};
