module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable('articles', { slug: { type: Sequelize.STRING, primaryKey: true } });
  },
};
