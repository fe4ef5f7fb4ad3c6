const { DataTypes } = require('sequelize');

module.exports = {
  async up({ context: queryInterface }) {
    await queryInterface.createTable('articles', { slug: { type: DataTypes.STRING, primaryKey: true }, title: DataTypes.STRING });
  },
};
